/** The report formats, by name: a module of its own so the CLI can offer them without loading the reporters. */
export declare const REPORT_FORMATS: readonly ["stylish", "json", "compact", "sarif", "github", "junit"];
export type ReportFormat = (typeof REPORT_FORMATS)[number];
