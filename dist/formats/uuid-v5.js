import { crypto } from '../builtins.js';
/** RFC 9562 UUID version 5 (SHA-1, name-based). */
export function uuidV5(name, namespace) {
    const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
    const hash = crypto().createHash('sha1').update(ns).update(name, 'utf8').digest();
    hash[6] = (hash[6] & 0x0f) | 0x50;
    hash[8] = (hash[8] & 0x3f) | 0x80;
    const hex = hash.subarray(0, 16).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
