/** RFC 9562 UUID version 5 (SHA-1, name-based). */
export declare function uuidV5(name: string, namespace: string): string;
