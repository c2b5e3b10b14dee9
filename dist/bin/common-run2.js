export { s as withConfig } from "./common-run.js";
