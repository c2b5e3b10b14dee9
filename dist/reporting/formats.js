/** The report formats, by name: a module of its own so the CLI can offer them without loading the reporters. */
export const REPORT_FORMATS = ['stylish', 'json', 'compact', 'sarif', 'github', 'junit'];
