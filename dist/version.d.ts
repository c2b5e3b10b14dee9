/** The package version, read from package.json next to dist/ (src/ in tests). */
export declare const VERSION: string;
