// dist/checking/diagnostic.js
const SEVERITY_RANK = {
	error: 2,
	warning: 1,
	info: 0
};
/**
* A message quotes text from the file (types, tool names, call ids); its control characters (a line break,
* a terminal escape) would break one-line reports or drive the terminal, so they are written as escapes.
*/
function printable(text) {
	return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => char < " " ? JSON.stringify(char).slice(1, -1) : `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
export { printable as n, SEVERITY_RANK as t };
