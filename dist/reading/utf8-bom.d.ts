export declare const startsWithBom: (bytes: Buffer) => boolean;
export declare const withoutBom: (bytes: Buffer) => Buffer;
