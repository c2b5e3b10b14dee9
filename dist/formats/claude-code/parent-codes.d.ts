/** What an entry's parent is when it is no entry: none (parentUuid null), or a uuid no line of the file has. */
export declare const ROOT = -1;
export declare const MISSING = -2;
