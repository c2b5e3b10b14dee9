export { o as withConfig } from "./common-run.js";
