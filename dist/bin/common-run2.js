export { c as withConfig } from "./common-run.js";
