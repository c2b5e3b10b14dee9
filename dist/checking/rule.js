export const defineRule = (rule) => rule;
