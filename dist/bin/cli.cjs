// session-doctor CLI bundle 1cb7515716665f4d446860105e57f731ff8000e7dee698a84a6a8a7a2ff136f3
(function (exports, require, module, __filename, __dirname) {'use strict';
// \0rolldown/runtime.js
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esmMin = (fn, res, err) => () => {
	if (err) throw err[0];
	try {
		return fn && (res = fn(fn = 0)), res;
	} catch (e) {
		throw err = [e], e;
	}
};
var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);
var __exportAll = (all, no_symbols) => {
	let target = {};
	for (var name in all) __defProp(target, name, {
		get: all[name],
		enumerable: true
	});
	if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
	return target;
};
var __copyProps = (to, from, except, desc) => {
	if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
		key = keys[i];
		if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
			get: ((k) => from[k]).bind(null, key),
			enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
		});
	}
	return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule || !__hasOwnProp.call(mod, "default") ? __defProp(target, "default", {
	value: mod,
	enumerable: true
}) : target, mod));
var __toCommonJS = (mod) => __hasOwnProp.call(mod, "module.exports") ? mod["module.exports"] : __copyProps(__defProp({}, "__esModule", { value: true }), mod);
let path = require("path");
let fs = require("fs");
let util = require("util");
let url = require("url");
let node_module = require("node:module");
let node_fs = require("node:fs");
let node_v8 = require("node:v8");
let node_os = require("node:os");
node_os = __toESM(node_os, 1);
let node_fs_promises = require("node:fs/promises");
let node_path = require("node:path");
let node_util = require("node:util");
let node_url = require("node:url");
let node_process = require("node:process");
node_process = __toESM(node_process, 1);
let node_tty = require("node:tty");
node_tty = __toESM(node_tty, 1);
let node_stream_promises = require("node:stream/promises");
let node_string_decoder = require("node:string_decoder");
let node_buffer = require("node:buffer");
// \0stand-in:assert
function strictEqual(actual, expected, message) {
	if (!Object.is(actual, expected)) require("assert").strictEqual(actual, expected, message);
}
function notStrictEqual(actual, expected, message) {
	if (Object.is(actual, expected)) require("assert").notStrictEqual(actual, expected, message);
}
// node_modules/cliui/build/lib/index.js
const align = {
	right: alignRight,
	center: alignCenter
};
const top = 0;
const right = 1;
const bottom = 2;
const left = 3;
var UI = class {
	constructor(opts) {
		var _a;
		this.width = opts.width;
		this.wrap = (_a = opts.wrap) !== null && _a !== void 0 ? _a : true;
		this.rows = [];
	}
	span(...args) {
		const cols = this.div(...args);
		cols.span = true;
	}
	resetOutput() {
		this.rows = [];
	}
	div(...args) {
		if (args.length === 0) this.div("");
		if (this.wrap && this.shouldApplyLayoutDSL(...args) && typeof args[0] === "string") return this.applyLayoutDSL(args[0]);
		const cols = args.map((arg) => {
			if (typeof arg === "string") return this.colFromString(arg);
			return arg;
		});
		this.rows.push(cols);
		return cols;
	}
	shouldApplyLayoutDSL(...args) {
		return args.length === 1 && typeof args[0] === "string" && /[\t\n]/.test(args[0]);
	}
	applyLayoutDSL(str) {
		const rows = str.split("\n").map((row) => row.split("	"));
		let leftColumnWidth = 0;
		rows.forEach((columns) => {
			if (columns.length > 1 && mixin$1.stringWidth(columns[0]) > leftColumnWidth) leftColumnWidth = Math.min(Math.floor(this.width * .5), mixin$1.stringWidth(columns[0]));
		});
		rows.forEach((columns) => {
			this.div(...columns.map((r, i) => {
				return {
					text: r.trim(),
					padding: this.measurePadding(r),
					width: i === 0 && columns.length > 1 ? leftColumnWidth : void 0
				};
			}));
		});
		return this.rows[this.rows.length - 1];
	}
	colFromString(text) {
		return {
			text,
			padding: this.measurePadding(text)
		};
	}
	measurePadding(str) {
		const noAnsi = mixin$1.stripAnsi(str);
		return [
			0,
			noAnsi.match(/\s*$/)[0].length,
			0,
			noAnsi.match(/^\s*/)[0].length
		];
	}
	toString() {
		const lines = [];
		this.rows.forEach((row) => {
			this.rowToString(row, lines);
		});
		return lines.filter((line) => !line.hidden).map((line) => line.text).join("\n");
	}
	rowToString(row, lines) {
		this.rasterize(row).forEach((rrow, r) => {
			let str = "";
			rrow.forEach((col, c) => {
				const { width } = row[c];
				const wrapWidth = this.negatePadding(row[c]);
				let ts = col;
				if (wrapWidth > mixin$1.stringWidth(col)) ts += " ".repeat(wrapWidth - mixin$1.stringWidth(col));
				if (row[c].align && row[c].align !== "left" && this.wrap) {
					const fn = align[row[c].align];
					ts = fn(ts, wrapWidth);
					if (mixin$1.stringWidth(ts) < wrapWidth) ts += " ".repeat((width || 0) - mixin$1.stringWidth(ts) - 1);
				}
				const padding = row[c].padding || [
					0,
					0,
					0,
					0
				];
				if (padding[left]) str += " ".repeat(padding[left]);
				str += addBorder(row[c], ts, "| ");
				str += ts;
				str += addBorder(row[c], ts, " |");
				if (padding[right]) str += " ".repeat(padding[right]);
				if (r === 0 && lines.length > 0) str = this.renderInline(str, lines[lines.length - 1]);
			});
			lines.push({
				text: str.replace(/ +$/, ""),
				span: row.span
			});
		});
		return lines;
	}
	renderInline(source, previousLine) {
		const match = source.match(/^ */);
		const leadingWhitespace = match ? match[0].length : 0;
		const target = previousLine.text;
		const targetTextWidth = mixin$1.stringWidth(target.trimRight());
		if (!previousLine.span) return source;
		if (!this.wrap) {
			previousLine.hidden = true;
			return target + source;
		}
		if (leadingWhitespace < targetTextWidth) return source;
		previousLine.hidden = true;
		return target.trimRight() + " ".repeat(leadingWhitespace - targetTextWidth) + source.trimLeft();
	}
	rasterize(row) {
		const rrows = [];
		const widths = this.columnWidths(row);
		let wrapped;
		row.forEach((col, c) => {
			col.width = widths[c];
			if (this.wrap) wrapped = mixin$1.wrap(col.text, this.negatePadding(col), { hard: true }).split("\n");
			else wrapped = col.text.split("\n");
			if (col.border) {
				wrapped.unshift("." + "-".repeat(this.negatePadding(col) + 2) + ".");
				wrapped.push("'" + "-".repeat(this.negatePadding(col) + 2) + "'");
			}
			if (col.padding) {
				wrapped.unshift(...new Array(col.padding[top] || 0).fill(""));
				wrapped.push(...new Array(col.padding[bottom] || 0).fill(""));
			}
			wrapped.forEach((str, r) => {
				if (!rrows[r]) rrows.push([]);
				const rrow = rrows[r];
				for (let i = 0; i < c; i++) if (rrow[i] === void 0) rrow.push("");
				rrow.push(str);
			});
		});
		return rrows;
	}
	negatePadding(col) {
		let wrapWidth = col.width || 0;
		if (col.padding) wrapWidth -= (col.padding[left] || 0) + (col.padding[right] || 0);
		if (col.border) wrapWidth -= 4;
		return wrapWidth;
	}
	columnWidths(row) {
		if (!this.wrap) return row.map((col) => {
			return col.width || mixin$1.stringWidth(col.text);
		});
		let unset = row.length;
		let remainingWidth = this.width;
		const widths = row.map((col) => {
			if (col.width) {
				unset--;
				remainingWidth -= col.width;
				return col.width;
			}
		});
		const unsetWidth = unset ? Math.floor(remainingWidth / unset) : 0;
		return widths.map((w, i) => {
			if (w === void 0) return Math.max(unsetWidth, _minWidth(row[i]));
			return w;
		});
	}
};
function addBorder(col, ts, style) {
	if (col.border) {
		if (/[.']-+[.']/.test(ts)) return "";
		if (ts.trim().length !== 0) return style;
		return "  ";
	}
	return "";
}
function _minWidth(col) {
	const padding = col.padding || [];
	const minWidth = 1 + (padding[left] || 0) + (padding[right] || 0);
	if (col.border) return minWidth + 4;
	return minWidth;
}
function getWindowWidth() {
	/* c8 ignore next 5: depends on terminal */
	if (typeof process === "object" && process.stdout && process.stdout.columns) return process.stdout.columns;
	return 80;
}
function alignRight(str, width) {
	str = str.trim();
	const strWidth = mixin$1.stringWidth(str);
	if (strWidth < width) return " ".repeat(width - strWidth) + str;
	return str;
}
function alignCenter(str, width) {
	str = str.trim();
	const strWidth = mixin$1.stringWidth(str);
	/* c8 ignore next 3 */
	if (strWidth >= width) return str;
	return " ".repeat(width - strWidth >> 1) + str;
}
let mixin$1;
function cliui(opts, _mixin) {
	mixin$1 = _mixin;
	return new UI({
		width: (opts === null || opts === void 0 ? void 0 : opts.width) || getWindowWidth(),
		wrap: opts === null || opts === void 0 ? void 0 : opts.wrap
	});
}
// node_modules/ansi-regex/index.js
function ansiRegex({ onlyFirst = false } = {}) {
	return new RegExp(pattern$1, onlyFirst ? void 0 : "g");
}
var ST, stringControls, osc, controlString, pattern$1;
var init_ansi_regex = __esmMin((() => {
	ST = String.raw`(?:\u001B\u005C|\u009C)`;
	stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
	osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;
	controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;
	pattern$1 = `${String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`}|${osc}|${controlString}|${String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`}|${String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`}`;
}));
// node_modules/strip-ansi/index.js
function stripAnsi(string) {
	if (typeof string !== "string") throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
	if (!string.includes("\x1B") && !string.includes("\u009B")) return string;
	return string.replace(regex, "");
}
var regex;
var init_strip_ansi = __esmMin((() => {
	init_ansi_regex();
	regex = ansiRegex();
})), ambiguousRanges, fullwidthRanges, wideRanges;
var init_lookup_data = __esmMin((() => {
	ambiguousRanges = [
		161,
		161,
		164,
		164,
		167,
		168,
		170,
		170,
		173,
		174,
		176,
		180,
		182,
		186,
		188,
		191,
		198,
		198,
		208,
		208,
		215,
		216,
		222,
		225,
		230,
		230,
		232,
		234,
		236,
		237,
		240,
		240,
		242,
		243,
		247,
		250,
		252,
		252,
		254,
		254,
		257,
		257,
		273,
		273,
		275,
		275,
		283,
		283,
		294,
		295,
		299,
		299,
		305,
		307,
		312,
		312,
		319,
		322,
		324,
		324,
		328,
		331,
		333,
		333,
		338,
		339,
		358,
		359,
		363,
		363,
		462,
		462,
		464,
		464,
		466,
		466,
		468,
		468,
		470,
		470,
		472,
		472,
		474,
		474,
		476,
		476,
		593,
		593,
		609,
		609,
		708,
		708,
		711,
		711,
		713,
		715,
		717,
		717,
		720,
		720,
		728,
		731,
		733,
		733,
		735,
		735,
		768,
		879,
		913,
		929,
		931,
		937,
		945,
		961,
		963,
		969,
		1025,
		1025,
		1040,
		1103,
		1105,
		1105,
		8208,
		8208,
		8211,
		8214,
		8216,
		8217,
		8220,
		8221,
		8224,
		8226,
		8228,
		8231,
		8240,
		8240,
		8242,
		8243,
		8245,
		8245,
		8251,
		8251,
		8254,
		8254,
		8308,
		8308,
		8319,
		8319,
		8321,
		8324,
		8364,
		8364,
		8451,
		8451,
		8453,
		8453,
		8457,
		8457,
		8467,
		8467,
		8470,
		8470,
		8481,
		8482,
		8486,
		8486,
		8491,
		8491,
		8531,
		8532,
		8539,
		8542,
		8544,
		8555,
		8560,
		8569,
		8585,
		8585,
		8592,
		8601,
		8632,
		8633,
		8658,
		8658,
		8660,
		8660,
		8679,
		8679,
		8704,
		8704,
		8706,
		8707,
		8711,
		8712,
		8715,
		8715,
		8719,
		8719,
		8721,
		8721,
		8725,
		8725,
		8730,
		8730,
		8733,
		8736,
		8739,
		8739,
		8741,
		8741,
		8743,
		8748,
		8750,
		8750,
		8756,
		8759,
		8764,
		8765,
		8776,
		8776,
		8780,
		8780,
		8786,
		8786,
		8800,
		8801,
		8804,
		8807,
		8810,
		8811,
		8814,
		8815,
		8834,
		8835,
		8838,
		8839,
		8853,
		8853,
		8857,
		8857,
		8869,
		8869,
		8895,
		8895,
		8978,
		8978,
		9312,
		9449,
		9451,
		9547,
		9552,
		9587,
		9600,
		9615,
		9618,
		9621,
		9632,
		9633,
		9635,
		9641,
		9650,
		9651,
		9654,
		9655,
		9660,
		9661,
		9664,
		9665,
		9670,
		9672,
		9675,
		9675,
		9678,
		9681,
		9698,
		9701,
		9711,
		9711,
		9733,
		9734,
		9737,
		9737,
		9742,
		9743,
		9756,
		9756,
		9758,
		9758,
		9792,
		9792,
		9794,
		9794,
		9824,
		9825,
		9827,
		9829,
		9831,
		9834,
		9836,
		9837,
		9839,
		9839,
		9886,
		9887,
		9919,
		9919,
		9926,
		9933,
		9935,
		9939,
		9941,
		9953,
		9955,
		9955,
		9960,
		9961,
		9963,
		9969,
		9972,
		9972,
		9974,
		9977,
		9979,
		9980,
		9982,
		9983,
		10045,
		10045,
		10102,
		10111,
		11094,
		11097,
		12872,
		12879,
		57344,
		63743,
		65024,
		65039,
		65533,
		65533,
		127232,
		127242,
		127248,
		127277,
		127280,
		127337,
		127344,
		127373,
		127375,
		127376,
		127387,
		127404,
		917760,
		917999,
		983040,
		1048573,
		1048576,
		1114109
	];
	fullwidthRanges = [
		12288,
		12288,
		65281,
		65376,
		65504,
		65510
	];
	wideRanges = [
		4352,
		4447,
		8986,
		8987,
		9001,
		9002,
		9193,
		9196,
		9200,
		9200,
		9203,
		9203,
		9725,
		9726,
		9748,
		9749,
		9776,
		9783,
		9800,
		9811,
		9855,
		9855,
		9866,
		9871,
		9875,
		9875,
		9889,
		9889,
		9898,
		9899,
		9917,
		9918,
		9924,
		9925,
		9934,
		9934,
		9940,
		9940,
		9962,
		9962,
		9970,
		9971,
		9973,
		9973,
		9978,
		9978,
		9981,
		9981,
		9989,
		9989,
		9994,
		9995,
		10024,
		10024,
		10060,
		10060,
		10062,
		10062,
		10067,
		10069,
		10071,
		10071,
		10133,
		10135,
		10160,
		10160,
		10175,
		10175,
		11035,
		11036,
		11088,
		11088,
		11093,
		11093,
		11904,
		11929,
		11931,
		12019,
		12032,
		12245,
		12272,
		12287,
		12289,
		12350,
		12353,
		12438,
		12441,
		12543,
		12549,
		12591,
		12593,
		12686,
		12688,
		12773,
		12783,
		12830,
		12832,
		12871,
		12880,
		42124,
		42128,
		42182,
		43360,
		43388,
		44032,
		55203,
		63744,
		64255,
		65040,
		65049,
		65072,
		65106,
		65108,
		65126,
		65128,
		65131,
		94176,
		94180,
		94192,
		94198,
		94208,
		101594,
		101631,
		101664,
		101760,
		101874,
		101888,
		102801,
		102816,
		102866,
		110576,
		110579,
		110581,
		110587,
		110589,
		110590,
		110592,
		110888,
		110898,
		110898,
		110928,
		110930,
		110933,
		110933,
		110948,
		110952,
		110960,
		111355,
		119552,
		119638,
		119648,
		119670,
		126980,
		126980,
		127183,
		127183,
		127374,
		127374,
		127377,
		127386,
		127406,
		127406,
		127488,
		127490,
		127504,
		127547,
		127552,
		127560,
		127568,
		127569,
		127584,
		127589,
		127744,
		127776,
		127789,
		127797,
		127799,
		127868,
		127870,
		127891,
		127904,
		127946,
		127951,
		127955,
		127968,
		127984,
		127988,
		127988,
		127992,
		128062,
		128064,
		128064,
		128066,
		128252,
		128255,
		128317,
		128331,
		128334,
		128336,
		128359,
		128378,
		128378,
		128405,
		128406,
		128420,
		128420,
		128507,
		128591,
		128640,
		128709,
		128716,
		128716,
		128720,
		128722,
		128725,
		128729,
		128732,
		128735,
		128747,
		128748,
		128756,
		128764,
		128986,
		128986,
		128992,
		129003,
		129008,
		129008,
		129292,
		129338,
		129340,
		129349,
		129351,
		129535,
		129648,
		129660,
		129664,
		129734,
		129736,
		129736,
		129740,
		129757,
		129759,
		129771,
		129775,
		129786,
		131072,
		196605,
		196608,
		262141
	];
}));
// node_modules/get-east-asian-width/utilities.js
var isInRange;
var init_utilities$1 = __esmMin((() => {
	isInRange = (ranges, codePoint) => {
		let low = 0;
		let high = Math.floor(ranges.length / 2) - 1;
		while (low <= high) {
			const mid = Math.floor((low + high) / 2);
			const i = mid * 2;
			if (codePoint < ranges[i]) high = mid - 1;
			else if (codePoint > ranges[i + 1]) low = mid + 1;
			else return true;
		}
		return false;
	};
}));
// node_modules/get-east-asian-width/lookup.js
function findWideFastPathRange(ranges) {
	let fastPathStart = ranges[0];
	let fastPathEnd = ranges[1];
	for (let index = 0; index < ranges.length; index += 2) {
		const start = ranges[index];
		const end = ranges[index + 1];
		if (commonCjkCodePoint >= start && commonCjkCodePoint <= end) return [start, end];
		if (end - start > fastPathEnd - fastPathStart) {
			fastPathStart = start;
			fastPathEnd = end;
		}
	}
	return [fastPathStart, fastPathEnd];
}
var commonCjkCodePoint, wideFastPathStart, wideFastPathEnd, isAmbiguous, isFullwidth, isWide;
var init_lookup = __esmMin((() => {
	init_lookup_data();
	init_utilities$1();
	commonCjkCodePoint = 19968;
	[wideFastPathStart, wideFastPathEnd] = /* #__PURE__ */ findWideFastPathRange(wideRanges);
	isAmbiguous = (codePoint) => {
		if (codePoint < 161 || codePoint > 1114109) return false;
		return isInRange(ambiguousRanges, codePoint);
	};
	isFullwidth = (codePoint) => {
		if (codePoint < 12288 || codePoint > 65510) return false;
		return isInRange(fullwidthRanges, codePoint);
	};
	isWide = (codePoint) => {
		if (codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd) return true;
		if (codePoint < 4352 || codePoint > 262141) return false;
		return isInRange(wideRanges, codePoint);
	};
}));
// node_modules/get-east-asian-width/index.js
function validate$1(codePoint) {
	if (!Number.isSafeInteger(codePoint)) throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
}
function eastAsianWidth(codePoint, { ambiguousAsWide = false } = {}) {
	validate$1(codePoint);
	if (isFullwidth(codePoint) || isWide(codePoint) || ambiguousAsWide && isAmbiguous(codePoint)) return 2;
	return 1;
}
var init_get_east_asian_width = __esmMin((() => {
	init_lookup();
}));
// node_modules/emoji-regex/index.js
var require_emoji_regex = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = () => {
		return /[#*0-9]\uFE0F?\u20E3|[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26AA\u26B0\u26B1\u26BD\u26BE\u26C4\u26C8\u26CF\u26D1\u26E9\u26F0-\u26F5\u26F7\u26F8\u26FA\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2757\u2763\u27A1\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B55\u3030\u303D\u3297\u3299]\uFE0F?|[\u261D\u270C\u270D](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\u270A\u270B](?:\uD83C[\uDFFB-\uDFFF])?|[\u23E9-\u23EC\u23F0\u23F3\u25FD\u2693\u26A1\u26AB\u26C5\u26CE\u26D4\u26EA\u26FD\u2705\u2728\u274C\u274E\u2753-\u2755\u2795-\u2797\u27B0\u27BF\u2B50]|\u26D3\uFE0F?(?:\u200D\uD83D\uDCA5)?|\u26F9(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\u2764\uFE0F?(?:\u200D(?:\uD83D\uDD25|\uD83E\uDE79))?|\uD83C(?:[\uDC04\uDD70\uDD71\uDD7E\uDD7F\uDE02\uDE37\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF5\uDFF7]\uFE0F?|[\uDF85\uDFC2\uDFC7](?:\uD83C[\uDFFB-\uDFFF])?|[\uDFC4\uDFCA](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDFCB\uDFCC](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDCCF\uDD8E\uDD91-\uDD9A\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF43\uDF45-\uDF4A\uDF4C-\uDF7C\uDF7E-\uDF84\uDF86-\uDF93\uDFA0-\uDFC1\uDFC5\uDFC6\uDFC8\uDFC9\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF8-\uDFFF]|\uDDE6\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF]|\uDDE7\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF]|\uDDE8\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF7\uDDFA-\uDDFF]|\uDDE9\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF]|\uDDEA\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA]|\uDDEB\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7]|\uDDEC\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE]|\uDDED\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA]|\uDDEE\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9]|\uDDEF\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5]|\uDDF0\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF]|\uDDF1\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE]|\uDDF2\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF]|\uDDF3\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF]|\uDDF4\uD83C\uDDF2|\uDDF5\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE]|\uDDF6\uD83C\uDDE6|\uDDF7\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC]|\uDDF8\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF]|\uDDF9\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF]|\uDDFA\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF]|\uDDFB\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA]|\uDDFC\uD83C[\uDDEB\uDDF8]|\uDDFD\uD83C\uDDF0|\uDDFE\uD83C[\uDDEA\uDDF9]|\uDDFF\uD83C[\uDDE6\uDDF2\uDDFC]|\uDF44(?:\u200D\uD83D\uDFEB)?|\uDF4B(?:\u200D\uD83D\uDFE9)?|\uDFC3(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDFF3\uFE0F?(?:\u200D(?:\u26A7\uFE0F?|\uD83C\uDF08))?|\uDFF4(?:\u200D\u2620\uFE0F?|\uDB40\uDC67\uDB40\uDC62\uDB40(?:\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDC73\uDB40\uDC63\uDB40\uDC74|\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F)?)|\uD83D(?:[\uDC3F\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3]\uFE0F?|[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDC8F\uDC91\uDCAA\uDD7A\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC](?:\uD83C[\uDFFB-\uDFFF])?|[\uDC6E-\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4\uDEB5](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD74\uDD90](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\uDC00-\uDC07\uDC09-\uDC14\uDC16-\uDC25\uDC27-\uDC3A\uDC3C-\uDC3E\uDC40\uDC44\uDC45\uDC51-\uDC65\uDC6A\uDC79-\uDC7B\uDC7D-\uDC80\uDC84\uDC88-\uDC8E\uDC90\uDC92-\uDCA9\uDCAB-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDDA4\uDDFB-\uDE2D\uDE2F-\uDE34\uDE37-\uDE41\uDE43\uDE44\uDE48-\uDE4A\uDE80-\uDEA2\uDEA4-\uDEB3\uDEB7-\uDEBF\uDEC1-\uDEC5\uDED0-\uDED2\uDED5-\uDED8\uDEDC-\uDEDF\uDEEB\uDEEC\uDEF4-\uDEFC\uDFE0-\uDFEB\uDFF0]|\uDC08(?:\u200D\u2B1B)?|\uDC15(?:\u200D\uD83E\uDDBA)?|\uDC26(?:\u200D(?:\u2B1B|\uD83D\uDD25))?|\uDC3B(?:\u200D\u2744\uFE0F?)?|\uDC41\uFE0F?(?:\u200D\uD83D\uDDE8\uFE0F?)?|\uDC68(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDC68\uDC69]\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?))?|\uDC69(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?[\uDC68\uDC69]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?|\uDC69\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?))|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFC-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFD-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFD\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFE]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])))?))?|\uDD75(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\uDE2E(?:\u200D\uD83D\uDCA8)?|\uDE35(?:\u200D\uD83D\uDCAB)?|\uDE36(?:\u200D\uD83C\uDF2B\uFE0F?)?|\uDE42(?:\u200D[\u2194\u2195]\uFE0F?)?|\uDEB6(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?)|\uD83E(?:[\uDD0C\uDD0F\uDD18-\uDD1F\uDD30-\uDD34\uDD36\uDD77\uDDB5\uDDB6\uDDBB\uDDD2\uDDD3\uDDD5\uDEC3-\uDEC5\uDEF0\uDEF2-\uDEF8](?:\uD83C[\uDFFB-\uDFFF])?|[\uDD26\uDD35\uDD37-\uDD39\uDD3C-\uDD3E\uDDB8\uDDB9\uDDCD\uDDCF\uDDD4\uDDD6-\uDDDD](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDDDE\uDDDF](?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD0D\uDD0E\uDD10-\uDD17\uDD20-\uDD25\uDD27-\uDD2F\uDD3A\uDD3F-\uDD45\uDD47-\uDD76\uDD78-\uDDB4\uDDB7\uDDBA\uDDBC-\uDDCC\uDDD0\uDDE0-\uDDFF\uDE70-\uDE7C\uDE80-\uDE8A\uDE8E-\uDEC2\uDEC6\uDEC8\uDECD-\uDEDC\uDEDF-\uDEEA\uDEEF]|\uDDCE(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDDD1(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1|\uDDD1\u200D\uD83E\uDDD2(?:\u200D\uD83E\uDDD2)?|\uDDD2(?:\u200D\uD83E\uDDD2)?))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])))?))?|\uDEF1(?:\uD83C(?:\uDFFB(?:\u200D\uD83E\uDEF2\uD83C[\uDFFC-\uDFFF])?|\uDFFC(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFD-\uDFFF])?|\uDFFD(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])?|\uDFFE(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFD\uDFFF])?|\uDFFF(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFE])?))?)/g;
	};
}));
// node_modules/cliui/node_modules/string-width/index.js
var string_width_exports$2 = /* @__PURE__ */ __exportAll({ default: () => stringWidth$2 });
function stringWidth$2(string, options = {}) {
	if (typeof string !== "string" || string.length === 0) return 0;
	const { ambiguousIsNarrow = true, countAnsiEscapeCodes = false } = options;
	if (!countAnsiEscapeCodes) string = stripAnsi(string);
	if (string.length === 0) return 0;
	let width = 0;
	const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
	for (const { segment: character } of segmenter$2.segment(string)) {
		const codePoint = character.codePointAt(0);
		if (codePoint <= 31 || codePoint >= 127 && codePoint <= 159) continue;
		if (codePoint >= 8203 && codePoint <= 8207 || codePoint === 65279) continue;
		if (codePoint >= 768 && codePoint <= 879 || codePoint >= 6832 && codePoint <= 6911 || codePoint >= 7616 && codePoint <= 7679 || codePoint >= 8400 && codePoint <= 8447 || codePoint >= 65056 && codePoint <= 65071) continue;
		if (codePoint >= 55296 && codePoint <= 57343) continue;
		if (codePoint >= 65024 && codePoint <= 65039) continue;
		if (defaultIgnorableCodePointRegex$1.test(character)) continue;
		if ((0, import_emoji_regex$1.default)().test(character)) {
			width += 2;
			continue;
		}
		width += eastAsianWidth(codePoint, eastAsianWidthOptions);
	}
	return width;
}
var import_emoji_regex$1, segmenter$2, defaultIgnorableCodePointRegex$1;
var init_string_width$2 = __esmMin((() => {
	init_strip_ansi();
	init_get_east_asian_width();
	import_emoji_regex$1 = /* @__PURE__ */ __toESM(require_emoji_regex(), 1);
	segmenter$2 = new Intl.Segmenter();
	defaultIgnorableCodePointRegex$1 = /^\p{Default_Ignorable_Code_Point}$/u;
}));
// \0stand-in:node_modules/cliui/node_modules/string-width/index.js
let width$2;
var string_width_default$2 = (...args) => (width$2 ??= (init_string_width$2(), __toCommonJS(string_width_exports$2)).default)(...args);
// node_modules/wrap-ansi/node_modules/string-width/index.js
var string_width_exports$1 = /* @__PURE__ */ __exportAll({ default: () => stringWidth$1 });
function stringWidth$1(string, options = {}) {
	if (typeof string !== "string" || string.length === 0) return 0;
	const { ambiguousIsNarrow = true, countAnsiEscapeCodes = false } = options;
	if (!countAnsiEscapeCodes) string = stripAnsi(string);
	if (string.length === 0) return 0;
	let width = 0;
	const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
	for (const { segment: character } of segmenter$1.segment(string)) {
		const codePoint = character.codePointAt(0);
		if (codePoint <= 31 || codePoint >= 127 && codePoint <= 159) continue;
		if (codePoint >= 8203 && codePoint <= 8207 || codePoint === 65279) continue;
		if (codePoint >= 768 && codePoint <= 879 || codePoint >= 6832 && codePoint <= 6911 || codePoint >= 7616 && codePoint <= 7679 || codePoint >= 8400 && codePoint <= 8447 || codePoint >= 65056 && codePoint <= 65071) continue;
		if (codePoint >= 55296 && codePoint <= 57343) continue;
		if (codePoint >= 65024 && codePoint <= 65039) continue;
		if (defaultIgnorableCodePointRegex.test(character)) continue;
		if ((0, import_emoji_regex.default)().test(character)) {
			width += 2;
			continue;
		}
		width += eastAsianWidth(codePoint, eastAsianWidthOptions);
	}
	return width;
}
var import_emoji_regex, segmenter$1, defaultIgnorableCodePointRegex;
var init_string_width$1 = __esmMin((() => {
	init_strip_ansi();
	init_get_east_asian_width();
	import_emoji_regex = /* @__PURE__ */ __toESM(require_emoji_regex(), 1);
	segmenter$1 = new Intl.Segmenter();
	defaultIgnorableCodePointRegex = /^\p{Default_Ignorable_Code_Point}$/u;
}));
// \0stand-in:node_modules/wrap-ansi/node_modules/string-width/index.js
let width$1;
var string_width_default$1 = (...args) => (width$1 ??= (init_string_width$1(), __toCommonJS(string_width_exports$1)).default)(...args);
// node_modules/ansi-styles/index.js
const ANSI_BACKGROUND_OFFSET$1 = 10;
const wrapAnsi16$1 = (offset = 0) => (code) => `\u001B[${code + offset}m`;
const wrapAnsi256$1 = (offset = 0) => (code) => `\u001B[${38 + offset};5;${code}m`;
const wrapAnsi16m$1 = (offset = 0) => (red, green, blue) => `\u001B[${38 + offset};2;${red};${green};${blue}m`;
const styles$2 = {
	modifier: {
		reset: [0, 0],
		bold: [1, 22],
		dim: [2, 22],
		italic: [3, 23],
		underline: [4, 24],
		overline: [53, 55],
		inverse: [7, 27],
		hidden: [8, 28],
		strikethrough: [9, 29]
	},
	color: {
		black: [30, 39],
		red: [31, 39],
		green: [32, 39],
		yellow: [33, 39],
		blue: [34, 39],
		magenta: [35, 39],
		cyan: [36, 39],
		white: [37, 39],
		blackBright: [90, 39],
		gray: [90, 39],
		grey: [90, 39],
		redBright: [91, 39],
		greenBright: [92, 39],
		yellowBright: [93, 39],
		blueBright: [94, 39],
		magentaBright: [95, 39],
		cyanBright: [96, 39],
		whiteBright: [97, 39]
	},
	bgColor: {
		bgBlack: [40, 49],
		bgRed: [41, 49],
		bgGreen: [42, 49],
		bgYellow: [43, 49],
		bgBlue: [44, 49],
		bgMagenta: [45, 49],
		bgCyan: [46, 49],
		bgWhite: [47, 49],
		bgBlackBright: [100, 49],
		bgGray: [100, 49],
		bgGrey: [100, 49],
		bgRedBright: [101, 49],
		bgGreenBright: [102, 49],
		bgYellowBright: [103, 49],
		bgBlueBright: [104, 49],
		bgMagentaBright: [105, 49],
		bgCyanBright: [106, 49],
		bgWhiteBright: [107, 49]
	}
};
Object.keys(styles$2.modifier);
const foregroundColorNames$1 = Object.keys(styles$2.color);
const backgroundColorNames$1 = Object.keys(styles$2.bgColor);
[...foregroundColorNames$1, ...backgroundColorNames$1];
function assembleStyles$1() {
	const codes = /* @__PURE__ */ new Map();
	for (const [groupName, group] of Object.entries(styles$2)) {
		for (const [styleName, style] of Object.entries(group)) {
			styles$2[styleName] = {
				open: `\u001B[${style[0]}m`,
				close: `\u001B[${style[1]}m`
			};
			group[styleName] = styles$2[styleName];
			codes.set(style[0], style[1]);
		}
		Object.defineProperty(styles$2, groupName, {
			value: group,
			enumerable: false
		});
	}
	Object.defineProperty(styles$2, "codes", {
		value: codes,
		enumerable: false
	});
	styles$2.color.close = "\x1B[39m";
	styles$2.bgColor.close = "\x1B[49m";
	styles$2.color.ansi = wrapAnsi16$1();
	styles$2.color.ansi256 = wrapAnsi256$1();
	styles$2.color.ansi16m = wrapAnsi16m$1();
	styles$2.bgColor.ansi = wrapAnsi16$1(ANSI_BACKGROUND_OFFSET$1);
	styles$2.bgColor.ansi256 = wrapAnsi256$1(ANSI_BACKGROUND_OFFSET$1);
	styles$2.bgColor.ansi16m = wrapAnsi16m$1(ANSI_BACKGROUND_OFFSET$1);
	Object.defineProperties(styles$2, {
		rgbToAnsi256: {
			value(red, green, blue) {
				if (red === green && green === blue) {
					if (red < 8) return 16;
					if (red > 248) return 231;
					return Math.round((red - 8) / 247 * 24) + 232;
				}
				return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
			},
			enumerable: false
		},
		hexToRgb: {
			value(hex) {
				const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
				if (!matches) return [
					0,
					0,
					0
				];
				let [colorString] = matches;
				if (colorString.length === 3) colorString = [...colorString].map((character) => character + character).join("");
				const integer = Number.parseInt(colorString, 16);
				return [
					integer >> 16 & 255,
					integer >> 8 & 255,
					integer & 255
				];
			},
			enumerable: false
		},
		hexToAnsi256: {
			value: (hex) => styles$2.rgbToAnsi256(...styles$2.hexToRgb(hex)),
			enumerable: false
		},
		ansi256ToAnsi: {
			value(code) {
				if (code < 8) return 30 + code;
				if (code < 16) return 90 + (code - 8);
				let red;
				let green;
				let blue;
				if (code >= 232) {
					red = ((code - 232) * 10 + 8) / 255;
					green = red;
					blue = red;
				} else {
					code -= 16;
					const remainder = code % 36;
					red = Math.floor(code / 36) / 5;
					green = Math.floor(remainder / 6) / 5;
					blue = remainder % 6 / 5;
				}
				const value = Math.max(red, green, blue) * 2;
				if (value === 0) return 30;
				let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
				if (value === 2) result += 60;
				return result;
			},
			enumerable: false
		},
		rgbToAnsi: {
			value: (red, green, blue) => styles$2.ansi256ToAnsi(styles$2.rgbToAnsi256(red, green, blue)),
			enumerable: false
		},
		hexToAnsi: {
			value: (hex) => styles$2.ansi256ToAnsi(styles$2.hexToAnsi256(hex)),
			enumerable: false
		}
	});
	return styles$2;
}
const ansiStyles$1 = assembleStyles$1();
// node_modules/wrap-ansi/index.js
init_strip_ansi();
const ESCAPES = /* @__PURE__ */ new Set(["\x1B", "\u009B"]);
const END_CODE = 39;
const ANSI_ESCAPE_BELL = "\x07";
const ANSI_CSI = "[";
const ANSI_OSC = "]";
const ANSI_SGR_TERMINATOR = "m";
const ANSI_ESCAPE_LINK = `${ANSI_OSC}8;;`;
const wrapAnsiCode = (code) => `${ESCAPES.values().next().value}${ANSI_CSI}${code}${ANSI_SGR_TERMINATOR}`;
const wrapAnsiHyperlink = (url) => `${ESCAPES.values().next().value}${ANSI_ESCAPE_LINK}${url}${ANSI_ESCAPE_BELL}`;
const wordLengths = (string) => string.split(" ").map((character) => string_width_default$1(character));
const wrapWord = (rows, word, columns) => {
	const characters = [...word];
	let isInsideEscape = false;
	let isInsideLinkEscape = false;
	let visible = string_width_default$1(stripAnsi(rows.at(-1)));
	for (const [index, character] of characters.entries()) {
		const characterLength = string_width_default$1(character);
		if (visible + characterLength <= columns) rows[rows.length - 1] += character;
		else {
			rows.push(character);
			visible = 0;
		}
		if (ESCAPES.has(character)) {
			isInsideEscape = true;
			isInsideLinkEscape = characters.slice(index + 1, index + 1 + ANSI_ESCAPE_LINK.length).join("") === ANSI_ESCAPE_LINK;
		}
		if (isInsideEscape) {
			if (isInsideLinkEscape) {
				if (character === ANSI_ESCAPE_BELL) {
					isInsideEscape = false;
					isInsideLinkEscape = false;
				}
			} else if (character === ANSI_SGR_TERMINATOR) isInsideEscape = false;
			continue;
		}
		visible += characterLength;
		if (visible === columns && index < characters.length - 1) {
			rows.push("");
			visible = 0;
		}
	}
	if (!visible && rows.at(-1).length > 0 && rows.length > 1) rows[rows.length - 2] += rows.pop();
};
const stringVisibleTrimSpacesRight = (string) => {
	const words = string.split(" ");
	let last = words.length;
	while (last > 0) {
		if (string_width_default$1(words[last - 1]) > 0) break;
		last--;
	}
	if (last === words.length) return string;
	return words.slice(0, last).join(" ") + words.slice(last).join("");
};
const exec = (string, columns, options = {}) => {
	if (options.trim !== false && string.trim() === "") return "";
	let returnValue = "";
	let escapeCode;
	let escapeUrl;
	const lengths = wordLengths(string);
	let rows = [""];
	for (const [index, word] of string.split(" ").entries()) {
		if (options.trim !== false) rows[rows.length - 1] = rows.at(-1).trimStart();
		let rowLength = string_width_default$1(rows.at(-1));
		if (index !== 0) {
			if (rowLength >= columns && (options.wordWrap === false || options.trim === false)) {
				rows.push("");
				rowLength = 0;
			}
			if (rowLength > 0 || options.trim === false) {
				rows[rows.length - 1] += " ";
				rowLength++;
			}
		}
		if (options.hard && lengths[index] > columns) {
			const remainingColumns = columns - rowLength;
			const breaksStartingThisLine = 1 + Math.floor((lengths[index] - remainingColumns - 1) / columns);
			if (Math.floor((lengths[index] - 1) / columns) < breaksStartingThisLine) rows.push("");
			wrapWord(rows, word, columns);
			continue;
		}
		if (rowLength + lengths[index] > columns && rowLength > 0 && lengths[index] > 0) {
			if (options.wordWrap === false && rowLength < columns) {
				wrapWord(rows, word, columns);
				continue;
			}
			rows.push("");
		}
		if (rowLength + lengths[index] > columns && options.wordWrap === false) {
			wrapWord(rows, word, columns);
			continue;
		}
		rows[rows.length - 1] += word;
	}
	if (options.trim !== false) rows = rows.map((row) => stringVisibleTrimSpacesRight(row));
	const preString = rows.join("\n");
	const pre = [...preString];
	let preStringIndex = 0;
	for (const [index, character] of pre.entries()) {
		returnValue += character;
		if (ESCAPES.has(character)) {
			const { groups } = new RegExp(`(?:\\${ANSI_CSI}(?<code>\\d+)m|\\${ANSI_ESCAPE_LINK}(?<uri>.*)${ANSI_ESCAPE_BELL})`).exec(preString.slice(preStringIndex)) || { groups: {} };
			if (groups.code !== void 0) {
				const code = Number.parseFloat(groups.code);
				escapeCode = code === END_CODE ? void 0 : code;
			} else if (groups.uri !== void 0) escapeUrl = groups.uri.length === 0 ? void 0 : groups.uri;
		}
		const code = ansiStyles$1.codes.get(Number(escapeCode));
		if (pre[index + 1] === "\n") {
			if (escapeUrl) returnValue += wrapAnsiHyperlink("");
			if (escapeCode && code) returnValue += wrapAnsiCode(code);
		} else if (character === "\n") {
			if (escapeCode && code) returnValue += wrapAnsiCode(escapeCode);
			if (escapeUrl) returnValue += wrapAnsiHyperlink(escapeUrl);
		}
		preStringIndex += character.length;
	}
	return returnValue;
};
function wrapAnsi(string, columns, options) {
	return String(string).normalize().replaceAll("\r\n", "\n").split("\n").map((line) => exec(line, columns, options)).join("\n");
}
// node_modules/cliui/index.mjs
init_strip_ansi();
function ui(opts) {
	return cliui(opts, {
		stringWidth: string_width_default$2,
		stripAnsi,
		wrap: wrapAnsi
	});
}
// node_modules/escalade/sync/index.mjs
function sync_default(start, callback) {
	let dir = (0, path.resolve)(".", start);
	let tmp;
	if (!(0, fs.statSync)(dir).isDirectory()) dir = (0, path.dirname)(dir);
	while (true) {
		tmp = callback(dir, (0, fs.readdirSync)(dir));
		if (tmp) return (0, path.resolve)(dir, tmp);
		dir = (0, path.dirname)(tmp = dir);
		if (tmp === dir) break;
	}
}
// node_modules/yargs-parser/build/lib/string-utils.js
/**
* @license
* Copyright (c) 2016, Contributors
* SPDX-License-Identifier: ISC
*/
function camelCase(str) {
	if (!(str !== str.toLowerCase() && str !== str.toUpperCase())) str = str.toLowerCase();
	if (str.indexOf("-") === -1 && str.indexOf("_") === -1) return str;
	else {
		let camelcase = "";
		let nextChrUpper = false;
		const leadingHyphens = str.match(/^-+/);
		for (let i = leadingHyphens ? leadingHyphens[0].length : 0; i < str.length; i++) {
			let chr = str.charAt(i);
			if (nextChrUpper) {
				nextChrUpper = false;
				chr = chr.toUpperCase();
			}
			if (i !== 0 && (chr === "-" || chr === "_")) nextChrUpper = true;
			else if (chr !== "-" && chr !== "_") camelcase += chr;
		}
		return camelcase;
	}
}
function decamelize(str, joinString) {
	const lowercase = str.toLowerCase();
	joinString = joinString || "-";
	let notCamelcase = "";
	for (let i = 0; i < str.length; i++) {
		const chrLower = lowercase.charAt(i);
		const chrString = str.charAt(i);
		if (chrLower !== chrString && i > 0) notCamelcase += `${joinString}${lowercase.charAt(i)}`;
		else notCamelcase += chrString;
	}
	return notCamelcase;
}
function looksLikeNumber(x) {
	if (x === null || x === void 0) return false;
	if (typeof x === "number") return true;
	if (/^0x[0-9a-f]+$/i.test(x)) return true;
	if (/^0[^.]/.test(x)) return false;
	return /^[-]?(?:\d+(?:\.\d*)?|\.\d+)(e[-+]?\d+)?$/.test(x);
}
// node_modules/yargs-parser/build/lib/tokenize-arg-string.js
/**
* @license
* Copyright (c) 2016, Contributors
* SPDX-License-Identifier: ISC
*/
function tokenizeArgString(argString) {
	if (Array.isArray(argString)) return argString.map((e) => typeof e !== "string" ? e + "" : e);
	argString = argString.trim();
	let i = 0;
	let prevC = null;
	let c = null;
	let opening = null;
	const args = [];
	for (let ii = 0; ii < argString.length; ii++) {
		prevC = c;
		c = argString.charAt(ii);
		if (c === " " && !opening) {
			if (!(prevC === " ")) i++;
			continue;
		}
		if (c === opening) opening = null;
		else if ((c === "'" || c === "\"") && !opening) opening = c;
		if (!args[i]) args[i] = "";
		args[i] += c;
	}
	return args;
}
// node_modules/yargs-parser/build/lib/yargs-parser-types.js
/**
* @license
* Copyright (c) 2016, Contributors
* SPDX-License-Identifier: ISC
*/
var DefaultValuesForTypeKey;
(function(DefaultValuesForTypeKey) {
	DefaultValuesForTypeKey["BOOLEAN"] = "boolean";
	DefaultValuesForTypeKey["STRING"] = "string";
	DefaultValuesForTypeKey["NUMBER"] = "number";
	DefaultValuesForTypeKey["ARRAY"] = "array";
})(DefaultValuesForTypeKey || (DefaultValuesForTypeKey = {}));
// node_modules/yargs-parser/build/lib/yargs-parser.js
/**
* @license
* Copyright (c) 2016, Contributors
* SPDX-License-Identifier: ISC
*/
let mixin;
var YargsParser = class {
	constructor(_mixin) {
		mixin = _mixin;
	}
	parse(argsInput, options) {
		const opts = Object.assign({
			alias: void 0,
			array: void 0,
			boolean: void 0,
			config: void 0,
			configObjects: void 0,
			configuration: void 0,
			coerce: void 0,
			count: void 0,
			default: void 0,
			envPrefix: void 0,
			narg: void 0,
			normalize: void 0,
			string: void 0,
			number: void 0,
			__: void 0,
			key: void 0
		}, options);
		const args = tokenizeArgString(argsInput);
		const inputIsString = typeof argsInput === "string";
		const aliases = combineAliases(Object.assign(Object.create(null), opts.alias));
		const configuration = Object.assign({
			"boolean-negation": true,
			"camel-case-expansion": true,
			"combine-arrays": false,
			"dot-notation": true,
			"duplicate-arguments-array": true,
			"flatten-duplicate-arrays": true,
			"greedy-arrays": true,
			"halt-at-non-option": false,
			"nargs-eats-options": false,
			"negation-prefix": "no-",
			"parse-numbers": true,
			"parse-positional-numbers": true,
			"populate--": false,
			"set-placeholder-key": false,
			"short-option-groups": true,
			"strip-aliased": false,
			"strip-dashed": false,
			"unknown-options-as-args": false
		}, opts.configuration);
		const defaults = Object.assign(Object.create(null), opts.default);
		const configObjects = opts.configObjects || [];
		const envPrefix = opts.envPrefix;
		const notFlagsOption = configuration["populate--"];
		const notFlagsArgv = notFlagsOption ? "--" : "_";
		const newAliases = Object.create(null);
		const defaulted = Object.create(null);
		const __ = opts.__ || mixin.format;
		const flags = {
			aliases: Object.create(null),
			arrays: Object.create(null),
			bools: Object.create(null),
			strings: Object.create(null),
			numbers: Object.create(null),
			counts: Object.create(null),
			normalize: Object.create(null),
			configs: Object.create(null),
			nargs: Object.create(null),
			coercions: Object.create(null),
			keys: []
		};
		const negative = /^-([0-9]+(\.[0-9]+)?|\.[0-9]+)$/;
		const negatedBoolean = new RegExp("^--" + configuration["negation-prefix"] + "(.+)");
		[].concat(opts.array || []).filter(Boolean).forEach(function(opt) {
			const key = typeof opt === "object" ? opt.key : opt;
			const assignment = Object.keys(opt).map(function(key) {
				return {
					boolean: "bools",
					string: "strings",
					number: "numbers"
				}[key];
			}).filter(Boolean).pop();
			if (assignment) flags[assignment][key] = true;
			flags.arrays[key] = true;
			flags.keys.push(key);
		});
		[].concat(opts.boolean || []).filter(Boolean).forEach(function(key) {
			flags.bools[key] = true;
			flags.keys.push(key);
		});
		[].concat(opts.string || []).filter(Boolean).forEach(function(key) {
			flags.strings[key] = true;
			flags.keys.push(key);
		});
		[].concat(opts.number || []).filter(Boolean).forEach(function(key) {
			flags.numbers[key] = true;
			flags.keys.push(key);
		});
		[].concat(opts.count || []).filter(Boolean).forEach(function(key) {
			flags.counts[key] = true;
			flags.keys.push(key);
		});
		[].concat(opts.normalize || []).filter(Boolean).forEach(function(key) {
			flags.normalize[key] = true;
			flags.keys.push(key);
		});
		if (typeof opts.narg === "object") Object.entries(opts.narg).forEach(([key, value]) => {
			if (typeof value === "number") {
				flags.nargs[key] = value;
				flags.keys.push(key);
			}
		});
		if (typeof opts.coerce === "object") Object.entries(opts.coerce).forEach(([key, value]) => {
			if (typeof value === "function") {
				flags.coercions[key] = value;
				flags.keys.push(key);
			}
		});
		if (typeof opts.config !== "undefined") {
			if (Array.isArray(opts.config) || typeof opts.config === "string") [].concat(opts.config).filter(Boolean).forEach(function(key) {
				flags.configs[key] = true;
			});
			else if (typeof opts.config === "object") Object.entries(opts.config).forEach(([key, value]) => {
				if (typeof value === "boolean" || typeof value === "function") flags.configs[key] = value;
			});
		}
		extendAliases(opts.key, aliases, opts.default, flags.arrays);
		Object.keys(defaults).forEach(function(key) {
			(flags.aliases[key] || []).forEach(function(alias) {
				defaults[alias] = defaults[key];
			});
		});
		let error = null;
		checkConfiguration();
		let notFlags = [];
		const argv = Object.assign(Object.create(null), { _: [] });
		const argvReturn = {};
		for (let i = 0; i < args.length; i++) {
			const arg = args[i];
			const truncatedArg = arg.replace(/^-{3,}/, "---");
			let broken;
			let key;
			let letters;
			let m;
			let next;
			let value;
			if (arg !== "--" && /^-/.test(arg) && isUnknownOptionAsArg(arg)) pushPositional(arg);
			else if (truncatedArg.match(/^---+(=|$)/)) {
				pushPositional(arg);
				continue;
			} else if (arg.match(/^--.+=/) || !configuration["short-option-groups"] && arg.match(/^-.+=/)) {
				m = arg.match(/^--?([^=]+)=([\s\S]*)$/);
				if (m !== null && Array.isArray(m) && m.length >= 3) {
					if (checkAllAliases(m[1], flags.arrays)) i = eatArray(i, m[1], args, m[2]);
					else if (checkAllAliases(m[1], flags.nargs) !== false) i = eatNargs(i, m[1], args, m[2]);
					else setArg(m[1], m[2], true);
				}
			} else if (arg.match(negatedBoolean) && configuration["boolean-negation"]) {
				m = arg.match(negatedBoolean);
				if (m !== null && Array.isArray(m) && m.length >= 2) {
					key = m[1];
					setArg(key, checkAllAliases(key, flags.arrays) ? [false] : false);
				}
			} else if (arg.match(/^--.+/) || !configuration["short-option-groups"] && arg.match(/^-[^-]+/)) {
				m = arg.match(/^--?(.+)/);
				if (m !== null && Array.isArray(m) && m.length >= 2) {
					key = m[1];
					if (checkAllAliases(key, flags.arrays)) i = eatArray(i, key, args);
					else if (checkAllAliases(key, flags.nargs) !== false) i = eatNargs(i, key, args);
					else {
						next = args[i + 1];
						if (next !== void 0 && (!next.match(/^-/) || next.match(negative)) && !checkAllAliases(key, flags.bools) && !checkAllAliases(key, flags.counts)) {
							setArg(key, next);
							i++;
						} else if (/^(true|false)$/.test(next)) {
							setArg(key, next);
							i++;
						} else setArg(key, defaultValue(key));
					}
				}
			} else if (arg.match(/^-.\..+=/)) {
				m = arg.match(/^-([^=]+)=([\s\S]*)$/);
				if (m !== null && Array.isArray(m) && m.length >= 3) setArg(m[1], m[2]);
			} else if (arg.match(/^-.\..+/) && !arg.match(negative)) {
				next = args[i + 1];
				m = arg.match(/^-(.\..+)/);
				if (m !== null && Array.isArray(m) && m.length >= 2) {
					key = m[1];
					if (next !== void 0 && !next.match(/^-/) && !checkAllAliases(key, flags.bools) && !checkAllAliases(key, flags.counts)) {
						setArg(key, next);
						i++;
					} else setArg(key, defaultValue(key));
				}
			} else if (arg.match(/^-[^-]+/) && !arg.match(negative)) {
				letters = arg.slice(1, -1).split("");
				broken = false;
				for (let j = 0; j < letters.length; j++) {
					next = arg.slice(j + 2);
					if (letters[j + 1] && letters[j + 1] === "=") {
						value = arg.slice(j + 3);
						key = letters[j];
						if (checkAllAliases(key, flags.arrays)) i = eatArray(i, key, args, value);
						else if (checkAllAliases(key, flags.nargs) !== false) i = eatNargs(i, key, args, value);
						else setArg(key, value);
						broken = true;
						break;
					}
					if (next === "-") {
						setArg(letters[j], next);
						continue;
					}
					if (/[A-Za-z]/.test(letters[j]) && /^-?\d+(\.\d*)?(e-?\d+)?$/.test(next) && checkAllAliases(next, flags.bools) === false) {
						setArg(letters[j], next);
						broken = true;
						break;
					}
					if (letters[j + 1] && letters[j + 1].match(/\W/)) {
						setArg(letters[j], next);
						broken = true;
						break;
					} else setArg(letters[j], defaultValue(letters[j]));
				}
				key = arg.slice(-1)[0];
				if (!broken && key !== "-") {
					if (checkAllAliases(key, flags.arrays)) i = eatArray(i, key, args);
					else if (checkAllAliases(key, flags.nargs) !== false) i = eatNargs(i, key, args);
					else {
						next = args[i + 1];
						if (next !== void 0 && (!/^(-|--)[^-]/.test(next) || next.match(negative)) && !checkAllAliases(key, flags.bools) && !checkAllAliases(key, flags.counts)) {
							setArg(key, next);
							i++;
						} else if (/^(true|false)$/.test(next)) {
							setArg(key, next);
							i++;
						} else setArg(key, defaultValue(key));
					}
				}
			} else if (arg.match(/^-[0-9]$/) && arg.match(negative) && checkAllAliases(arg.slice(1), flags.bools)) {
				key = arg.slice(1);
				setArg(key, defaultValue(key));
			} else if (arg === "--") {
				notFlags = args.slice(i + 1);
				break;
			} else if (configuration["halt-at-non-option"]) {
				notFlags = args.slice(i);
				break;
			} else pushPositional(arg);
		}
		applyEnvVars(argv, true);
		applyEnvVars(argv, false);
		setConfig(argv);
		setConfigObjects();
		applyDefaultsAndAliases(argv, flags.aliases, defaults, true);
		applyCoercions(argv);
		if (configuration["set-placeholder-key"]) setPlaceholderKeys(argv);
		Object.keys(flags.counts).forEach(function(key) {
			if (!hasKey(argv, key.split("."))) setArg(key, 0);
		});
		if (notFlagsOption && notFlags.length) argv[notFlagsArgv] = [];
		notFlags.forEach(function(key) {
			argv[notFlagsArgv].push(key);
		});
		if (configuration["camel-case-expansion"] && configuration["strip-dashed"]) Object.keys(argv).filter((key) => key !== "--" && key.includes("-")).forEach((key) => {
			delete argv[key];
		});
		if (configuration["strip-aliased"]) [].concat(...Object.keys(aliases).map((k) => aliases[k])).forEach((alias) => {
			if (configuration["camel-case-expansion"] && alias.includes("-")) delete argv[alias.split(".").map((prop) => camelCase(prop)).join(".")];
			delete argv[alias];
		});
		function pushPositional(arg) {
			const maybeCoercedNumber = maybeCoerceNumber("_", arg);
			if (typeof maybeCoercedNumber === "string" || typeof maybeCoercedNumber === "number") argv._.push(maybeCoercedNumber);
		}
		function eatNargs(i, key, args, argAfterEqualSign) {
			let ii;
			let toEat = checkAllAliases(key, flags.nargs);
			toEat = typeof toEat !== "number" || isNaN(toEat) ? 1 : toEat;
			if (toEat === 0) {
				if (!isUndefined(argAfterEqualSign)) error = Error(__("Argument unexpected for: %s", key));
				setArg(key, defaultValue(key));
				return i;
			}
			let available = isUndefined(argAfterEqualSign) ? 0 : 1;
			if (configuration["nargs-eats-options"]) {
				if (args.length - (i + 1) + available < toEat) error = Error(__("Not enough arguments following: %s", key));
				available = toEat;
			} else {
				for (ii = i + 1; ii < args.length; ii++) if (!args[ii].match(/^-[^0-9]/) || args[ii].match(negative) || isUnknownOptionAsArg(args[ii])) available++;
				else break;
				if (available < toEat) error = Error(__("Not enough arguments following: %s", key));
			}
			let consumed = Math.min(available, toEat);
			if (!isUndefined(argAfterEqualSign) && consumed > 0) {
				setArg(key, argAfterEqualSign);
				consumed--;
			}
			for (ii = i + 1; ii < consumed + i + 1; ii++) setArg(key, args[ii]);
			return i + consumed;
		}
		function eatArray(i, key, args, argAfterEqualSign) {
			let argsToSet = [];
			let next = argAfterEqualSign || args[i + 1];
			const nargsCount = checkAllAliases(key, flags.nargs);
			if (checkAllAliases(key, flags.bools) && !/^(true|false)$/.test(next)) argsToSet.push(true);
			else if (isUndefined(next) || isUndefined(argAfterEqualSign) && /^-/.test(next) && !negative.test(next) && !isUnknownOptionAsArg(next)) {
				if (defaults[key] !== void 0) {
					const defVal = defaults[key];
					argsToSet = Array.isArray(defVal) ? defVal : [defVal];
				}
			} else {
				if (!isUndefined(argAfterEqualSign)) argsToSet.push(processValue(key, argAfterEqualSign, true));
				for (let ii = i + 1; ii < args.length; ii++) {
					if (!configuration["greedy-arrays"] && argsToSet.length > 0 || nargsCount && typeof nargsCount === "number" && argsToSet.length >= nargsCount) break;
					next = args[ii];
					if (/^-/.test(next) && !negative.test(next) && !isUnknownOptionAsArg(next)) break;
					i = ii;
					argsToSet.push(processValue(key, next, inputIsString));
				}
			}
			if (typeof nargsCount === "number" && (nargsCount && argsToSet.length < nargsCount || isNaN(nargsCount) && argsToSet.length === 0)) error = Error(__("Not enough arguments following: %s", key));
			setArg(key, argsToSet);
			return i;
		}
		function setArg(key, val, shouldStripQuotes = inputIsString) {
			if (/-/.test(key) && configuration["camel-case-expansion"]) addNewAlias(key, key.split(".").map(function(prop) {
				return camelCase(prop);
			}).join("."));
			const value = processValue(key, val, shouldStripQuotes);
			const splitKey = key.split(".");
			setKey(argv, splitKey, value);
			if (flags.aliases[key]) flags.aliases[key].forEach(function(x) {
				const keyProperties = x.split(".");
				setKey(argv, keyProperties, value);
			});
			if (splitKey.length > 1 && configuration["dot-notation"]) (flags.aliases[splitKey[0]] || []).forEach(function(x) {
				let keyProperties = x.split(".");
				const a = [].concat(splitKey);
				a.shift();
				keyProperties = keyProperties.concat(a);
				if (!(flags.aliases[key] || []).includes(keyProperties.join("."))) setKey(argv, keyProperties, value);
			});
			if (checkAllAliases(key, flags.normalize) && !checkAllAliases(key, flags.arrays)) [key].concat(flags.aliases[key] || []).forEach(function(key) {
				Object.defineProperty(argvReturn, key, {
					enumerable: true,
					get() {
						return val;
					},
					set(value) {
						val = typeof value === "string" ? mixin.normalize(value) : value;
					}
				});
			});
		}
		function addNewAlias(key, alias) {
			if (!(flags.aliases[key] && flags.aliases[key].length)) {
				flags.aliases[key] = [alias];
				newAliases[alias] = true;
			}
			if (!(flags.aliases[alias] && flags.aliases[alias].length)) addNewAlias(alias, key);
		}
		function processValue(key, val, shouldStripQuotes) {
			if (shouldStripQuotes) val = stripQuotes(val);
			if (checkAllAliases(key, flags.bools) || checkAllAliases(key, flags.counts)) {
				if (typeof val === "string") val = val === "true";
			}
			let value = Array.isArray(val) ? val.map(function(v) {
				return maybeCoerceNumber(key, v);
			}) : maybeCoerceNumber(key, val);
			if (checkAllAliases(key, flags.counts) && (isUndefined(value) || typeof value === "boolean")) value = increment();
			if (checkAllAliases(key, flags.normalize) && checkAllAliases(key, flags.arrays)) {
				if (Array.isArray(val)) value = val.map((val) => {
					return mixin.normalize(val);
				});
				else value = mixin.normalize(val);
			}
			return value;
		}
		function maybeCoerceNumber(key, value) {
			if (!configuration["parse-positional-numbers"] && key === "_") return value;
			if (!checkAllAliases(key, flags.strings) && !checkAllAliases(key, flags.bools) && !Array.isArray(value)) {
				if (looksLikeNumber(value) && configuration["parse-numbers"] && Number.isSafeInteger(Math.floor(parseFloat(`${value}`))) || !isUndefined(value) && checkAllAliases(key, flags.numbers)) value = Number(value);
			}
			return value;
		}
		function setConfig(argv) {
			const configLookup = Object.create(null);
			applyDefaultsAndAliases(configLookup, flags.aliases, defaults);
			Object.keys(flags.configs).forEach(function(configKey) {
				const configPath = argv[configKey] || configLookup[configKey];
				if (configPath) try {
					let config = null;
					const resolvedConfigPath = mixin.resolve(mixin.cwd(), configPath);
					const resolveConfig = flags.configs[configKey];
					if (typeof resolveConfig === "function") {
						try {
							config = resolveConfig(resolvedConfigPath);
						} catch (e) {
							config = e;
						}
						if (config instanceof Error) {
							error = config;
							return;
						}
					} else config = mixin.require(resolvedConfigPath);
					setConfigObject(config);
				} catch (ex) {
					if (ex.name === "PermissionDenied") error = ex;
					else if (argv[configKey]) error = Error(__("Invalid JSON config file: %s", configPath));
				}
			});
		}
		function setConfigObject(config, prev) {
			Object.keys(config).forEach(function(key) {
				const value = config[key];
				const fullKey = prev ? prev + "." + key : key;
				if (typeof value === "object" && value !== null && !Array.isArray(value) && configuration["dot-notation"]) setConfigObject(value, fullKey);
				else if (!hasKey(argv, fullKey.split(".")) || checkAllAliases(fullKey, flags.arrays) && configuration["combine-arrays"]) setArg(fullKey, value);
			});
		}
		function setConfigObjects() {
			if (typeof configObjects !== "undefined") configObjects.forEach(function(configObject) {
				setConfigObject(configObject);
			});
		}
		function applyEnvVars(argv, configOnly) {
			if (typeof envPrefix === "undefined") return;
			const prefix = typeof envPrefix === "string" ? envPrefix : "";
			const env = mixin.env();
			Object.keys(env).forEach(function(envVar) {
				if (prefix === "" || envVar.lastIndexOf(prefix, 0) === 0) {
					const keys = envVar.split("__").map(function(key, i) {
						if (i === 0) key = key.substring(prefix.length);
						return camelCase(key);
					});
					if ((configOnly && flags.configs[keys.join(".")] || !configOnly) && !hasKey(argv, keys)) setArg(keys.join("."), env[envVar]);
				}
			});
		}
		function applyCoercions(argv) {
			let coerce;
			const applied = /* @__PURE__ */ new Set();
			Object.keys(argv).forEach(function(key) {
				if (!applied.has(key)) {
					coerce = checkAllAliases(key, flags.coercions);
					if (typeof coerce === "function") try {
						const value = maybeCoerceNumber(key, coerce(argv[key]));
						[].concat(flags.aliases[key] || [], key).forEach((ali) => {
							applied.add(ali);
							argv[ali] = value;
						});
					} catch (err) {
						error = err;
					}
				}
			});
		}
		function setPlaceholderKeys(argv) {
			flags.keys.forEach((key) => {
				if (~key.indexOf(".")) return;
				if (typeof argv[key] === "undefined") argv[key] = void 0;
			});
			return argv;
		}
		function applyDefaultsAndAliases(obj, aliases, defaults, canLog = false) {
			Object.keys(defaults).forEach(function(key) {
				if (!hasKey(obj, key.split("."))) {
					setKey(obj, key.split("."), defaults[key]);
					if (canLog) defaulted[key] = true;
					(aliases[key] || []).forEach(function(x) {
						if (hasKey(obj, x.split("."))) return;
						setKey(obj, x.split("."), defaults[key]);
					});
				}
			});
		}
		function hasKey(obj, keys) {
			let o = obj;
			if (!configuration["dot-notation"]) keys = [keys.join(".")];
			keys.slice(0, -1).forEach(function(key) {
				o = o[key] || {};
			});
			const key = keys[keys.length - 1];
			if (typeof o !== "object") return false;
			else return key in o;
		}
		function setKey(obj, keys, value) {
			let o = obj;
			if (!configuration["dot-notation"]) keys = [keys.join(".")];
			keys.slice(0, -1).forEach(function(key) {
				key = sanitizeKey(key);
				if (typeof o === "object" && o[key] === void 0) o[key] = {};
				if (typeof o[key] !== "object" || Array.isArray(o[key])) {
					if (Array.isArray(o[key])) o[key].push({});
					else o[key] = [o[key], {}];
					o = o[key][o[key].length - 1];
				} else o = o[key];
			});
			const key = sanitizeKey(keys[keys.length - 1]);
			const isTypeArray = checkAllAliases(keys.join("."), flags.arrays);
			const isValueArray = Array.isArray(value);
			let duplicate = configuration["duplicate-arguments-array"];
			if (!duplicate && checkAllAliases(key, flags.nargs)) {
				duplicate = true;
				if (!isUndefined(o[key]) && flags.nargs[key] === 1 || Array.isArray(o[key]) && o[key].length === flags.nargs[key]) o[key] = void 0;
			}
			if (value === increment()) o[key] = increment(o[key]);
			else if (Array.isArray(o[key])) {
				if (duplicate && isTypeArray && isValueArray) o[key] = configuration["flatten-duplicate-arrays"] ? o[key].concat(value) : (Array.isArray(o[key][0]) ? o[key] : [o[key]]).concat([value]);
				else if (!duplicate && Boolean(isTypeArray) === Boolean(isValueArray)) o[key] = value;
				else o[key] = o[key].concat([value]);
			} else if (o[key] === void 0 && isTypeArray) o[key] = isValueArray ? value : [value];
			else if (duplicate && !(o[key] === void 0 || checkAllAliases(key, flags.counts) || checkAllAliases(key, flags.bools))) o[key] = [o[key], value];
			else o[key] = value;
		}
		function extendAliases(...args) {
			args.forEach(function(obj) {
				Object.keys(obj || {}).forEach(function(key) {
					if (flags.aliases[key]) return;
					flags.aliases[key] = [].concat(aliases[key] || []);
					flags.aliases[key].concat(key).forEach(function(x) {
						if (/-/.test(x) && configuration["camel-case-expansion"]) {
							const c = camelCase(x);
							if (c !== key && flags.aliases[key].indexOf(c) === -1) {
								flags.aliases[key].push(c);
								newAliases[c] = true;
							}
						}
					});
					flags.aliases[key].concat(key).forEach(function(x) {
						if (x.length > 1 && /[A-Z]/.test(x) && configuration["camel-case-expansion"]) {
							const c = decamelize(x, "-");
							if (c !== key && flags.aliases[key].indexOf(c) === -1) {
								flags.aliases[key].push(c);
								newAliases[c] = true;
							}
						}
					});
					flags.aliases[key].forEach(function(x) {
						flags.aliases[x] = [key].concat(flags.aliases[key].filter(function(y) {
							return x !== y;
						}));
					});
				});
			});
		}
		function checkAllAliases(key, flag) {
			const toCheck = [].concat(flags.aliases[key] || [], key);
			const keys = Object.keys(flag);
			const setAlias = toCheck.find((key) => keys.includes(key));
			return setAlias ? flag[setAlias] : false;
		}
		function hasAnyFlag(key) {
			const flagsKeys = Object.keys(flags);
			return [].concat(flagsKeys.map((k) => flags[k])).some(function(flag) {
				return Array.isArray(flag) ? flag.includes(key) : flag[key];
			});
		}
		function hasFlagsMatching(arg, ...patterns) {
			return [].concat(...patterns).some(function(pattern) {
				const match = arg.match(pattern);
				return match && hasAnyFlag(match[1]);
			});
		}
		function hasAllShortFlags(arg) {
			if (arg.match(negative) || !arg.match(/^-[^-]+/)) return false;
			let hasAllFlags = true;
			let next;
			const letters = arg.slice(1).split("");
			for (let j = 0; j < letters.length; j++) {
				next = arg.slice(j + 2);
				if (!hasAnyFlag(letters[j])) {
					hasAllFlags = false;
					break;
				}
				if (letters[j + 1] && letters[j + 1] === "=" || next === "-" || /[A-Za-z]/.test(letters[j]) && /^-?\d+(\.\d*)?(e-?\d+)?$/.test(next) || letters[j + 1] && letters[j + 1].match(/\W/)) break;
			}
			return hasAllFlags;
		}
		function isUnknownOptionAsArg(arg) {
			return configuration["unknown-options-as-args"] && isUnknownOption(arg);
		}
		function isUnknownOption(arg) {
			arg = arg.replace(/^-{3,}/, "--");
			if (arg.match(negative)) return false;
			if (hasAllShortFlags(arg)) return false;
			return !hasFlagsMatching(arg, /^-+([^=]+?)=[\s\S]*$/, negatedBoolean, /^-+([^=]+?)$/, /^-+([^=]+?)-$/, /^-+([^=]+?\d+)$/, /^-+([^=]+?)\W+.*$/);
		}
		function defaultValue(key) {
			if (!checkAllAliases(key, flags.bools) && !checkAllAliases(key, flags.counts) && `${key}` in defaults) return defaults[key];
			else return defaultForType(guessType(key));
		}
		function defaultForType(type) {
			return {
				[DefaultValuesForTypeKey.BOOLEAN]: true,
				[DefaultValuesForTypeKey.STRING]: "",
				[DefaultValuesForTypeKey.NUMBER]: void 0,
				[DefaultValuesForTypeKey.ARRAY]: []
			}[type];
		}
		function guessType(key) {
			let type = DefaultValuesForTypeKey.BOOLEAN;
			if (checkAllAliases(key, flags.strings)) type = DefaultValuesForTypeKey.STRING;
			else if (checkAllAliases(key, flags.numbers)) type = DefaultValuesForTypeKey.NUMBER;
			else if (checkAllAliases(key, flags.bools)) type = DefaultValuesForTypeKey.BOOLEAN;
			else if (checkAllAliases(key, flags.arrays)) type = DefaultValuesForTypeKey.ARRAY;
			return type;
		}
		function isUndefined(num) {
			return num === void 0;
		}
		function checkConfiguration() {
			Object.keys(flags.counts).find((key) => {
				if (checkAllAliases(key, flags.arrays)) {
					error = Error(__("Invalid configuration: %s, opts.count excludes opts.array.", key));
					return true;
				} else if (checkAllAliases(key, flags.nargs)) {
					error = Error(__("Invalid configuration: %s, opts.count excludes opts.narg.", key));
					return true;
				}
				return false;
			});
		}
		return {
			aliases: Object.assign({}, flags.aliases),
			argv: Object.assign(argvReturn, argv),
			configuration,
			defaulted: Object.assign({}, defaulted),
			error,
			newAliases: Object.assign({}, newAliases)
		};
	}
};
function combineAliases(aliases) {
	const aliasArrays = [];
	const combined = Object.create(null);
	let change = true;
	Object.keys(aliases).forEach(function(key) {
		aliasArrays.push([].concat(aliases[key], key));
	});
	while (change) {
		change = false;
		for (let i = 0; i < aliasArrays.length; i++) for (let ii = i + 1; ii < aliasArrays.length; ii++) if (aliasArrays[i].filter(function(v) {
			return aliasArrays[ii].indexOf(v) !== -1;
		}).length) {
			aliasArrays[i] = aliasArrays[i].concat(aliasArrays[ii]);
			aliasArrays.splice(ii, 1);
			change = true;
			break;
		}
	}
	aliasArrays.forEach(function(aliasArray) {
		aliasArray = aliasArray.filter(function(v, i, self) {
			return self.indexOf(v) === i;
		});
		const lastAlias = aliasArray.pop();
		if (lastAlias !== void 0 && typeof lastAlias === "string") combined[lastAlias] = aliasArray;
	});
	return combined;
}
function increment(orig) {
	return orig !== void 0 ? orig + 1 : 1;
}
function sanitizeKey(key) {
	if (key === "__proto__") return "___proto___";
	return key;
}
function stripQuotes(val) {
	return typeof val === "string" && (val[0] === "'" || val[0] === "\"") && val[val.length - 1] === val[0] ? val.substring(1, val.length - 1) : val;
}
// node_modules/yargs-parser/build/lib/index.js
/**
* @fileoverview Main entrypoint for libraries using yargs-parser in Node.js
*
* @license
* Copyright (c) 2016, Contributors
* SPDX-License-Identifier: ISC
*/
var _a$2;
var _b;
var _c;
const minNodeVersion = process && process.env && process.env.YARGS_MIN_NODE_VERSION ? Number(process.env.YARGS_MIN_NODE_VERSION) : 20;
const nodeVersion = (_b = (_a$2 = process === null || process === void 0 ? void 0 : process.versions) === null || _a$2 === void 0 ? void 0 : _a$2.node) !== null && _b !== void 0 ? _b : (_c = process === null || process === void 0 ? void 0 : process.version) === null || _c === void 0 ? void 0 : _c.slice(1);
if (nodeVersion) {
	if (Number(nodeVersion.match(/^([^.]+)/)[1]) < minNodeVersion) throw Error(`yargs parser supports a minimum Node.js version of ${minNodeVersion}. Read our version support policy: https://github.com/yargs/yargs-parser#supported-nodejs-versions`);
}
const env$1 = process ? process.env : {};
const require$2 = node_module.createRequire ? (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href) : void 0;
const parser = new YargsParser({
	cwd: process.cwd,
	env: () => {
		return env$1;
	},
	format: util.format,
	normalize: path.normalize,
	resolve: path.resolve,
	require: (path) => {
		if (typeof require$2 !== "undefined") return require$2(path);
		else if (path.match(/\.json$/)) return JSON.parse((0, fs.readFileSync)(path, "utf8"));
		else throw Error("only .json config files are supported in ESM");
	}
});
const yargsParser = function Parser(args, opts) {
	return parser.parse(args.slice(), opts).argv;
};
yargsParser.detailed = function(args, opts) {
	return parser.parse(args.slice(), opts);
};
yargsParser.camelCase = camelCase;
yargsParser.decamelize = decamelize;
yargsParser.looksLikeNumber = looksLikeNumber;
// node_modules/yargs/build/lib/utils/process-argv.js
function getProcessArgvBinIndex() {
	if (isBundledElectronApp()) return 0;
	return 1;
}
function isBundledElectronApp() {
	return isElectronApp() && !process.defaultApp;
}
function isElectronApp() {
	return !!process.versions.electron;
}
function hideBin(argv) {
	return argv.slice(getProcessArgvBinIndex() + 1);
}
function getProcessArgvBin() {
	return process.argv[getProcessArgvBinIndex()];
}
// node_modules/string-width/index.js
var string_width_exports = /* @__PURE__ */ __exportAll({ default: () => stringWidth });
function isDoubleWidthNonRgiEmojiSequence(segment) {
	if (segment.length > 50) return false;
	if (unqualifiedKeycapRegex.test(segment)) return true;
	if (segment.includes("\u200D")) {
		const pictographics = segment.match(extendedPictographicRegex);
		return pictographics !== null && pictographics.length >= 2;
	}
	return false;
}
function baseVisible(segment) {
	const index = segment.search(visibleCharacterRegex);
	return index === -1 ? void 0 : segment.slice(index);
}
function isHangulLeadingJamo(codePoint) {
	return codePoint >= 4352 && codePoint <= 4447 || codePoint >= 43360 && codePoint <= 43388;
}
function isHangulVowelJamo(codePoint) {
	return codePoint >= 4448 && codePoint <= 4519 || codePoint >= 55216 && codePoint <= 55238;
}
function isHangulTrailingJamo(codePoint) {
	return codePoint >= 4520 && codePoint <= 4607 || codePoint >= 55243 && codePoint <= 55291;
}
function isHangulJamo(codePoint) {
	return isHangulLeadingJamo(codePoint) || isHangulVowelJamo(codePoint) || isHangulTrailingJamo(codePoint);
}
function hangulClusterWidth(visibleSegment, eastAsianWidthOptions) {
	const codePoints = [];
	for (const character of visibleSegment) {
		if (!visibleCharacterRegex.test(character)) continue;
		codePoints.push(character.codePointAt(0));
	}
	if (codePoints.length === 0) return;
	let width = 0;
	for (let index = 0; index < codePoints.length; index++) {
		const codePoint = codePoints[index];
		if (!isHangulJamo(codePoint)) {
			if (width === 0) return;
			for (let remaining = index; remaining < codePoints.length; remaining++) width += eastAsianWidth(codePoints[remaining], eastAsianWidthOptions);
			return width;
		}
		if (isHangulLeadingJamo(codePoint) && isHangulVowelJamo(codePoints[index + 1])) {
			width += 2;
			index += isHangulTrailingJamo(codePoints[index + 2]) ? 2 : 1;
			continue;
		}
		width += eastAsianWidth(codePoint, eastAsianWidthOptions);
	}
	return width;
}
function trailingWidth(visibleSegment, eastAsianWidthOptions) {
	let extra = 0;
	let first = true;
	for (const character of visibleSegment) {
		if (first) {
			first = false;
			continue;
		}
		if (spacingMarkRegex.test(character) || character >= "\uFF00" && character <= "\uFFEF") extra += eastAsianWidth(character.codePointAt(0), eastAsianWidthOptions);
	}
	return extra;
}
function stringWidth(input, options = {}) {
	if (typeof input !== "string" || input.length === 0) return 0;
	const { ambiguousIsNarrow = true, countAnsiEscapeCodes = false } = options;
	let string = input;
	if (!countAnsiEscapeCodes && (string.includes("\x1B") || string.includes("\u009B"))) string = stripAnsi(string);
	if (string.length === 0) return 0;
	if (/^[\u0020-\u007E]*$/.test(string)) return string.length;
	let width = 0;
	const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
	for (const { segment } of segmenter.segment(string)) {
		const visibleSegment = baseVisible(segment);
		if (visibleSegment === void 0) continue;
		if (rgiEmojiRegex.test(segment) || isDoubleWidthNonRgiEmojiSequence(segment)) {
			width += 2;
			continue;
		}
		const hangulWidth = hangulClusterWidth(visibleSegment, eastAsianWidthOptions);
		if (hangulWidth !== void 0) {
			width += hangulWidth;
			continue;
		}
		const codePoint = visibleSegment.codePointAt(0);
		width += eastAsianWidth(codePoint, eastAsianWidthOptions);
		width += trailingWidth(visibleSegment, eastAsianWidthOptions);
	}
	return width;
}
var segmenter, visibleCharacterRegex, spacingMarkRegex, rgiEmojiRegex, unqualifiedKeycapRegex, extendedPictographicRegex;
var init_string_width = __esmMin((() => {
	init_strip_ansi();
	init_get_east_asian_width();
	segmenter = new Intl.Segmenter();
	visibleCharacterRegex = /[^\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]/v;
	spacingMarkRegex = /\p{Spacing_Mark}/v;
	rgiEmojiRegex = /^\p{RGI_Emoji}$/v;
	unqualifiedKeycapRegex = /^[\d#*]\u20E3$/;
	extendedPictographicRegex = /\p{Extended_Pictographic}/gu;
}));
// \0stand-in:node_modules/string-width/index.js
let width;
var string_width_default = (...args) => (width ??= (init_string_width(), __toCommonJS(string_width_exports)).default)(...args);
// node_modules/y18n/build/lib/platform-shims/node.js
var node_default = {
	fs: {
		readFileSync: fs.readFileSync,
		writeFile: fs.writeFile
	},
	format: util.format,
	resolve: path.resolve,
	exists: (file) => {
		try {
			return (0, fs.statSync)(file).isFile();
		} catch (err) {
			return false;
		}
	}
};
// node_modules/y18n/build/lib/index.js
let shim$1;
var Y18N = class {
	constructor(opts) {
		opts = opts || {};
		this.directory = opts.directory || "./locales";
		this.updateFiles = typeof opts.updateFiles === "boolean" ? opts.updateFiles : true;
		this.locale = opts.locale || "en";
		this.fallbackToLanguage = typeof opts.fallbackToLanguage === "boolean" ? opts.fallbackToLanguage : true;
		this.cache = Object.create(null);
		this.writeQueue = [];
	}
	__(...args) {
		if (typeof arguments[0] !== "string") return this._taggedLiteral(arguments[0], ...arguments);
		const str = args.shift();
		let cb = function() {};
		if (typeof args[args.length - 1] === "function") cb = args.pop();
		cb = cb || function() {};
		if (!this.cache[this.locale]) this._readLocaleFile();
		if (!this.cache[this.locale][str] && this.updateFiles) {
			this.cache[this.locale][str] = str;
			this._enqueueWrite({
				directory: this.directory,
				locale: this.locale,
				cb
			});
		} else cb();
		return shim$1.format.apply(shim$1.format, [this.cache[this.locale][str] || str].concat(args));
	}
	__n() {
		const args = Array.prototype.slice.call(arguments);
		const singular = args.shift();
		const plural = args.shift();
		const quantity = args.shift();
		let cb = function() {};
		if (typeof args[args.length - 1] === "function") cb = args.pop();
		if (!this.cache[this.locale]) this._readLocaleFile();
		let str = quantity === 1 ? singular : plural;
		if (this.cache[this.locale][singular]) str = this.cache[this.locale][singular][quantity === 1 ? "one" : "other"];
		if (!this.cache[this.locale][singular] && this.updateFiles) {
			this.cache[this.locale][singular] = {
				one: singular,
				other: plural
			};
			this._enqueueWrite({
				directory: this.directory,
				locale: this.locale,
				cb
			});
		} else cb();
		const values = [str];
		if (~str.indexOf("%d")) values.push(quantity);
		return shim$1.format.apply(shim$1.format, values.concat(args));
	}
	setLocale(locale) {
		this.locale = locale;
	}
	getLocale() {
		return this.locale;
	}
	updateLocale(obj) {
		if (!this.cache[this.locale]) this._readLocaleFile();
		for (const key in obj) if (Object.prototype.hasOwnProperty.call(obj, key)) this.cache[this.locale][key] = obj[key];
	}
	_taggedLiteral(parts, ...args) {
		let str = "";
		parts.forEach(function(part, i) {
			const arg = args[i + 1];
			str += part;
			if (typeof arg !== "undefined") str += "%s";
		});
		return this.__.apply(this, [str].concat([].slice.call(args, 1)));
	}
	_enqueueWrite(work) {
		this.writeQueue.push(work);
		if (this.writeQueue.length === 1) this._processWriteQueue();
	}
	_processWriteQueue() {
		const _this = this;
		const work = this.writeQueue[0];
		const directory = work.directory;
		const locale = work.locale;
		const cb = work.cb;
		const languageFile = this._resolveLocaleFile(directory, locale);
		const serializedLocale = JSON.stringify(this.cache[locale], null, 2);
		shim$1.fs.writeFile(languageFile, serializedLocale, "utf-8", function(err) {
			_this.writeQueue.shift();
			if (_this.writeQueue.length > 0) _this._processWriteQueue();
			cb(err);
		});
	}
	_readLocaleFile() {
		let localeLookup = {};
		const languageFile = this._resolveLocaleFile(this.directory, this.locale);
		try {
			if (shim$1.fs.readFileSync) localeLookup = JSON.parse(shim$1.fs.readFileSync(languageFile, "utf-8"));
		} catch (err) {
			if (err instanceof SyntaxError) err.message = "syntax error in " + languageFile;
			if (err.code === "ENOENT") localeLookup = {};
			else throw err;
		}
		this.cache[this.locale] = localeLookup;
	}
	_resolveLocaleFile(directory, locale) {
		let file = shim$1.resolve(directory, "./", locale + ".json");
		if (this.fallbackToLanguage && !this._fileExistsSync(file) && ~locale.lastIndexOf("_")) {
			const languageFile = shim$1.resolve(directory, "./", locale.split("_")[0] + ".json");
			if (this._fileExistsSync(languageFile)) file = languageFile;
		}
		return file;
	}
	_fileExistsSync(file) {
		return shim$1.exists(file);
	}
};
function y18n$1(opts, _shim) {
	shim$1 = _shim;
	const y18n = new Y18N(opts);
	return {
		__: y18n.__.bind(y18n),
		__n: y18n.__n.bind(y18n),
		setLocale: y18n.setLocale.bind(y18n),
		getLocale: y18n.getLocale.bind(y18n),
		updateLocale: y18n.updateLocale.bind(y18n),
		locale: y18n.locale
	};
}
// node_modules/y18n/index.mjs
const y18n = (opts) => {
	return y18n$1(opts, node_default);
};
// node_modules/yargs/lib/platform-shims/esm.mjs
var import_get_caller_file = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports, module) => {
	module.exports = function getCallerFile(position) {
		if (position === void 0) position = 2;
		if (position >= Error.stackTraceLimit) throw new TypeError("getCallerFile(position) requires position be less then Error.stackTraceLimit but position was: `" + position + "` and Error.stackTraceLimit was: `" + Error.stackTraceLimit + "`");
		var oldPrepareStackTrace = Error.prepareStackTrace;
		Error.prepareStackTrace = function(_, stack) {
			return stack;
		};
		var stack = (/* @__PURE__ */ new Error()).stack;
		Error.prepareStackTrace = oldPrepareStackTrace;
		if (stack !== null && typeof stack === "object") return stack[position] ? stack[position].getFileName() : void 0;
	};
})))(), 1);
const __dirname$1 = (0, url.fileURLToPath)(require("url").pathToFileURL(__filename).href);
const mainFilename = __dirname$1.substring(0, __dirname$1.lastIndexOf("node_modules"));
const require$1 = (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href);
var esm_default = {
	assert: {
		notStrictEqual,
		strictEqual
	},
	cliui: ui,
	findUp: sync_default,
	getEnv: (key) => {
		return process.env[key];
	},
	inspect: util.inspect,
	getProcessArgvBin,
	mainFilename: mainFilename || process.cwd(),
	Parser: yargsParser,
	path: {
		basename: path.basename,
		dirname: path.dirname,
		extname: path.extname,
		relative: path.relative,
		resolve: path.resolve,
		join: path.join
	},
	process: {
		argv: () => process.argv,
		cwd: process.cwd,
		emitWarning: (warning, type) => process.emitWarning(warning, type),
		execPath: () => process.execPath,
		exit: (code) => {
			process.exit(code);
		},
		nextTick: process.nextTick,
		stdColumns: typeof process.stdout.columns !== "undefined" ? process.stdout.columns : null
	},
	readFileSync: node_fs.readFileSync,
	readdirSync: node_fs.readdirSync,
	require: require$1,
	getCallerFile: () => {
		const callerFile = (0, import_get_caller_file.default)(3);
		return callerFile.match(/^file:\/\//) ? (0, url.fileURLToPath)(callerFile) : callerFile;
	},
	stringWidth: string_width_default,
	y18n: y18n({
		directory: (0, path.resolve)(__dirname$1, "../../../locales"),
		updateFiles: false
	})
};
// node_modules/yargs/build/lib/typings/common-types.js
function assertNotStrictEqual(actual, expected, shim, message) {
	shim.assert.notStrictEqual(actual, expected, message);
}
function assertSingleKey(actual, shim) {
	shim.assert.strictEqual(typeof actual, "string");
}
function objectKeys(object) {
	return Object.keys(object);
}
// node_modules/yargs/build/lib/utils/is-promise.js
function isPromise(maybePromise) {
	return !!maybePromise && !!maybePromise.then && typeof maybePromise.then === "function";
}
// node_modules/yargs/build/lib/yerror.js
var YError = class YError extends Error {
	constructor(msg) {
		super(msg || "yargs error");
		this.name = "YError";
		if (Error.captureStackTrace) Error.captureStackTrace(this, YError);
	}
};
// node_modules/yargs/build/lib/parse-command.js
function parseCommand(cmd) {
	const splitCommand = cmd.replace(/\s{2,}/g, " ").split(/\s+(?![^[]*]|[^<]*>)/);
	const bregex = /\.*[\][<>]/g;
	const firstCommand = splitCommand.shift();
	if (!firstCommand) throw new Error(`No command found in: ${cmd}`);
	const parsedCommand = {
		cmd: firstCommand.replace(bregex, ""),
		demanded: [],
		optional: []
	};
	splitCommand.forEach((cmd, i) => {
		let variadic = false;
		cmd = cmd.replace(/\s/g, "");
		if (/\.+[\]>]/.test(cmd) && i === splitCommand.length - 1) variadic = true;
		if (/^\[/.test(cmd)) parsedCommand.optional.push({
			cmd: cmd.replace(bregex, "").split("|"),
			variadic
		});
		else parsedCommand.demanded.push({
			cmd: cmd.replace(bregex, "").split("|"),
			variadic
		});
	});
	return parsedCommand;
}
// node_modules/yargs/build/lib/argsert.js
const positionName = [
	"first",
	"second",
	"third",
	"fourth",
	"fifth",
	"sixth"
];
function argsert(arg1, arg2, arg3) {
	function parseArgs() {
		return typeof arg1 === "object" ? [
			{
				demanded: [],
				optional: []
			},
			arg1,
			arg2
		] : [
			parseCommand(`cmd ${arg1}`),
			arg2,
			arg3
		];
	}
	try {
		let position = 0;
		const [parsed, callerArguments, _length] = parseArgs();
		const args = [].slice.call(callerArguments);
		while (args.length && args[args.length - 1] === void 0) args.pop();
		const length = _length || args.length;
		if (length < parsed.demanded.length) throw new YError(`Not enough arguments provided. Expected ${parsed.demanded.length} but received ${args.length}.`);
		const totalCommands = parsed.demanded.length + parsed.optional.length;
		if (length > totalCommands) throw new YError(`Too many arguments provided. Expected max ${totalCommands} but received ${length}.`);
		parsed.demanded.forEach((demanded) => {
			const observedType = guessType(args.shift());
			if (demanded.cmd.filter((type) => type === observedType || type === "*").length === 0) argumentTypeError(observedType, demanded.cmd, position);
			position += 1;
		});
		parsed.optional.forEach((optional) => {
			if (args.length === 0) return;
			const observedType = guessType(args.shift());
			if (optional.cmd.filter((type) => type === observedType || type === "*").length === 0) argumentTypeError(observedType, optional.cmd, position);
			position += 1;
		});
	} catch (err) {
		console.warn(err.stack);
	}
}
function guessType(arg) {
	if (Array.isArray(arg)) return "array";
	else if (arg === null) return "null";
	return typeof arg;
}
function argumentTypeError(observedType, allowedTypes, position) {
	throw new YError(`Invalid ${positionName[position] || "manyith"} argument. Expected ${allowedTypes.join(" or ")} but received ${observedType}.`);
}
// node_modules/yargs/build/lib/middleware.js
var GlobalMiddleware = class {
	constructor(yargs) {
		this.globalMiddleware = [];
		this.frozens = [];
		this.yargs = yargs;
	}
	addMiddleware(callback, applyBeforeValidation, global = true, mutates = false) {
		argsert("<array|function> [boolean] [boolean] [boolean]", [
			callback,
			applyBeforeValidation,
			global
		], arguments.length);
		if (Array.isArray(callback)) {
			for (let i = 0; i < callback.length; i++) {
				if (typeof callback[i] !== "function") throw Error("middleware must be a function");
				const m = callback[i];
				m.applyBeforeValidation = applyBeforeValidation;
				m.global = global;
			}
			Array.prototype.push.apply(this.globalMiddleware, callback);
		} else if (typeof callback === "function") {
			const m = callback;
			m.applyBeforeValidation = applyBeforeValidation;
			m.global = global;
			m.mutates = mutates;
			this.globalMiddleware.push(callback);
		}
		return this.yargs;
	}
	addCoerceMiddleware(callback, option) {
		const aliases = this.yargs.getAliases();
		this.globalMiddleware = this.globalMiddleware.filter((m) => {
			const toCheck = [...aliases[option] || [], option];
			if (!m.option) return true;
			else return !toCheck.includes(m.option);
		});
		callback.option = option;
		return this.addMiddleware(callback, true, true, true);
	}
	getMiddleware() {
		return this.globalMiddleware;
	}
	freeze() {
		this.frozens.push([...this.globalMiddleware]);
	}
	unfreeze() {
		const frozen = this.frozens.pop();
		if (frozen !== void 0) this.globalMiddleware = frozen;
	}
	reset() {
		this.globalMiddleware = this.globalMiddleware.filter((m) => m.global);
	}
};
function commandMiddlewareFactory(commandMiddleware) {
	if (!commandMiddleware) return [];
	return commandMiddleware.map((middleware) => {
		middleware.applyBeforeValidation = false;
		return middleware;
	});
}
function applyMiddleware(argv, yargs, middlewares, beforeValidation) {
	return middlewares.reduce((acc, middleware) => {
		if (middleware.applyBeforeValidation !== beforeValidation) return acc;
		if (middleware.mutates) {
			if (middleware.applied) return acc;
			middleware.applied = true;
		}
		if (isPromise(acc)) return acc.then((initialObj) => Promise.all([initialObj, middleware(initialObj, yargs)])).then(([initialObj, middlewareObj]) => Object.assign(initialObj, middlewareObj));
		else {
			const result = middleware(acc, yargs);
			return isPromise(result) ? result.then((middlewareObj) => Object.assign(acc, middlewareObj)) : Object.assign(acc, result);
		}
	}, argv);
}
// node_modules/yargs/build/lib/utils/maybe-async-result.js
function maybeAsyncResult(getResult, resultHandler, errorHandler = (err) => {
	throw err;
}) {
	try {
		const result = isFunction(getResult) ? getResult() : getResult;
		return isPromise(result) ? result.then((result) => resultHandler(result)) : resultHandler(result);
	} catch (err) {
		return errorHandler(err);
	}
}
function isFunction(arg) {
	return typeof arg === "function";
}
// node_modules/yargs/build/lib/command.js
const DEFAULT_MARKER = /(^\*)|(^\$0)/;
var CommandInstance = class {
	constructor(usage, validation, globalMiddleware, shim) {
		this.requireCache = /* @__PURE__ */ new Set();
		this.handlers = {};
		this.aliasMap = {};
		this.frozens = [];
		this.shim = shim;
		this.usage = usage;
		this.globalMiddleware = globalMiddleware;
		this.validation = validation;
	}
	addDirectory(dir, req, callerFile, opts) {
		opts = opts || {};
		this.requireCache.add(callerFile);
		const fullDirPath = this.shim.path.resolve(this.shim.path.dirname(callerFile), dir);
		const files = this.shim.readdirSync(fullDirPath, { recursive: opts.recurse ? true : false });
		if (!Array.isArray(opts.extensions)) opts.extensions = ["js"];
		const visit = typeof opts.visit === "function" ? opts.visit : (o) => o;
		for (const fileb of files) {
			const file = fileb.toString();
			if (opts.exclude) {
				let exclude = false;
				if (typeof opts.exclude === "function") exclude = opts.exclude(file);
				else exclude = opts.exclude.test(file);
				if (exclude) continue;
			}
			if (opts.include) {
				let include = false;
				if (typeof opts.include === "function") include = opts.include(file);
				else include = opts.include.test(file);
				if (!include) continue;
			}
			let supportedExtension = false;
			for (const ext of opts.extensions) if (file.endsWith(ext)) supportedExtension = true;
			if (supportedExtension) {
				const joined = this.shim.path.join(fullDirPath, file);
				const module = req(joined);
				const extendableModule = Object.create(null, Object.getOwnPropertyDescriptors({ ...module }));
				if (visit(extendableModule, joined, file)) {
					if (this.requireCache.has(joined)) continue;
					else this.requireCache.add(joined);
					if (!extendableModule.command) extendableModule.command = this.shim.path.basename(joined, this.shim.path.extname(joined));
					this.addHandler(extendableModule);
				}
			}
		}
	}
	addHandler(cmd, description, builder, handler, commandMiddleware, deprecated) {
		let aliases = [];
		const middlewares = commandMiddlewareFactory(commandMiddleware);
		handler = handler || (() => {});
		if (Array.isArray(cmd)) {
			if (isCommandAndAliases(cmd)) [cmd, ...aliases] = cmd;
			else for (const command of cmd) this.addHandler(command);
		} else if (isCommandHandlerDefinition(cmd)) {
			let command = Array.isArray(cmd.command) || typeof cmd.command === "string" ? cmd.command : null;
			if (command === null) throw new Error(`No command name given for module: ${this.shim.inspect(cmd)}`);
			if (cmd.aliases) command = [].concat(command).concat(cmd.aliases);
			this.addHandler(command, this.extractDesc(cmd), cmd.builder, cmd.handler, cmd.middlewares, cmd.deprecated);
			return;
		} else if (isCommandBuilderDefinition(builder)) {
			this.addHandler([cmd].concat(aliases), description, builder.builder, builder.handler, builder.middlewares, builder.deprecated);
			return;
		}
		if (typeof cmd === "string") {
			const parsedCommand = parseCommand(cmd);
			aliases = aliases.map((alias) => parseCommand(alias).cmd);
			let isDefault = false;
			const parsedAliases = [parsedCommand.cmd].concat(aliases).filter((c) => {
				if (DEFAULT_MARKER.test(c)) {
					isDefault = true;
					return false;
				}
				return true;
			});
			if (parsedAliases.length === 0 && isDefault) parsedAliases.push("$0");
			if (isDefault) {
				parsedCommand.cmd = parsedAliases[0];
				aliases = parsedAliases.slice(1);
				cmd = cmd.replace(DEFAULT_MARKER, parsedCommand.cmd);
			}
			aliases.forEach((alias) => {
				this.aliasMap[alias] = parsedCommand.cmd;
			});
			if (description !== false) this.usage.command(cmd, description, isDefault, aliases, deprecated);
			this.handlers[parsedCommand.cmd] = {
				original: cmd,
				description,
				handler,
				builder: builder || {},
				middlewares,
				deprecated,
				demanded: parsedCommand.demanded,
				optional: parsedCommand.optional
			};
			if (isDefault) this.defaultCommand = this.handlers[parsedCommand.cmd];
		}
	}
	getCommandHandlers() {
		return this.handlers;
	}
	getCommands() {
		return Object.keys(this.handlers).concat(Object.keys(this.aliasMap));
	}
	hasDefaultCommand() {
		return !!this.defaultCommand;
	}
	runCommand(command, yargs, parsed, commandIndex, helpOnly, helpOrVersionSet) {
		const commandHandler = this.handlers[command] || this.handlers[this.aliasMap[command]] || this.defaultCommand;
		const currentContext = yargs.getInternalMethods().getContext();
		const parentCommands = currentContext.commands.slice();
		const isDefaultCommand = !command;
		if (command) {
			currentContext.commands.push(command);
			currentContext.fullCommands.push(commandHandler.original);
		}
		const builderResult = this.applyBuilderUpdateUsageAndParse(isDefaultCommand, commandHandler, yargs, parsed.aliases, parentCommands, commandIndex, helpOnly, helpOrVersionSet);
		return isPromise(builderResult) ? builderResult.then((result) => this.applyMiddlewareAndGetResult(isDefaultCommand, commandHandler, result.innerArgv, currentContext, helpOnly, result.aliases, yargs)) : this.applyMiddlewareAndGetResult(isDefaultCommand, commandHandler, builderResult.innerArgv, currentContext, helpOnly, builderResult.aliases, yargs);
	}
	applyBuilderUpdateUsageAndParse(isDefaultCommand, commandHandler, yargs, aliases, parentCommands, commandIndex, helpOnly, helpOrVersionSet) {
		const builder = commandHandler.builder;
		let innerYargs = yargs;
		if (isCommandBuilderCallback(builder)) {
			yargs.getInternalMethods().getUsageInstance().freeze();
			const builderOutput = builder(yargs.getInternalMethods().reset(aliases), helpOrVersionSet);
			if (isPromise(builderOutput)) return builderOutput.then((output) => {
				innerYargs = isYargsInstance(output) ? output : yargs;
				return this.parseAndUpdateUsage(isDefaultCommand, commandHandler, innerYargs, parentCommands, commandIndex, helpOnly);
			});
		} else if (isCommandBuilderOptionDefinitions(builder)) {
			yargs.getInternalMethods().getUsageInstance().freeze();
			innerYargs = yargs.getInternalMethods().reset(aliases);
			Object.keys(commandHandler.builder).forEach((key) => {
				innerYargs.option(key, builder[key]);
			});
		}
		return this.parseAndUpdateUsage(isDefaultCommand, commandHandler, innerYargs, parentCommands, commandIndex, helpOnly);
	}
	parseAndUpdateUsage(isDefaultCommand, commandHandler, innerYargs, parentCommands, commandIndex, helpOnly) {
		if (isDefaultCommand) innerYargs.getInternalMethods().getUsageInstance().unfreeze(true);
		if (this.shouldUpdateUsage(innerYargs)) innerYargs.getInternalMethods().getUsageInstance().usage(this.usageFromParentCommandsCommandHandler(parentCommands, commandHandler), commandHandler.description);
		const innerArgv = innerYargs.getInternalMethods().runYargsParserAndExecuteCommands(null, void 0, true, commandIndex, helpOnly);
		return isPromise(innerArgv) ? innerArgv.then((argv) => ({
			aliases: innerYargs.parsed.aliases,
			innerArgv: argv
		})) : {
			aliases: innerYargs.parsed.aliases,
			innerArgv
		};
	}
	shouldUpdateUsage(yargs) {
		return !yargs.getInternalMethods().getUsageInstance().getUsageDisabled() && yargs.getInternalMethods().getUsageInstance().getUsage().length === 0;
	}
	usageFromParentCommandsCommandHandler(parentCommands, commandHandler) {
		const c = DEFAULT_MARKER.test(commandHandler.original) ? commandHandler.original.replace(DEFAULT_MARKER, "").trim() : commandHandler.original;
		const pc = parentCommands.filter((c) => {
			return !DEFAULT_MARKER.test(c);
		});
		pc.push(c);
		return `$0 ${pc.join(" ")}`;
	}
	handleValidationAndGetResult(isDefaultCommand, commandHandler, innerArgv, currentContext, aliases, yargs, middlewares, positionalMap) {
		if (!yargs.getInternalMethods().getHasOutput()) {
			const validation = yargs.getInternalMethods().runValidation(aliases, positionalMap, yargs.parsed.error, isDefaultCommand);
			innerArgv = maybeAsyncResult(innerArgv, (result) => {
				validation(result);
				return result;
			});
		}
		if (commandHandler.handler && !yargs.getInternalMethods().getHasOutput()) {
			yargs.getInternalMethods().setHasOutput();
			const populateDoubleDash = !!yargs.getOptions().configuration["populate--"];
			yargs.getInternalMethods().postProcess(innerArgv, populateDoubleDash, false, false);
			innerArgv = applyMiddleware(innerArgv, yargs, middlewares, false);
			innerArgv = maybeAsyncResult(innerArgv, (result) => {
				const handlerResult = commandHandler.handler(result);
				return isPromise(handlerResult) ? handlerResult.then(() => result) : result;
			});
			if (!isDefaultCommand) yargs.getInternalMethods().getUsageInstance().cacheHelpMessage();
			if (isPromise(innerArgv) && !yargs.getInternalMethods().hasParseCallback()) innerArgv.catch((error) => {
				try {
					yargs.getInternalMethods().getUsageInstance().fail(null, error);
				} catch (_err) {}
			});
		}
		if (!isDefaultCommand) {
			currentContext.commands.pop();
			currentContext.fullCommands.pop();
		}
		return innerArgv;
	}
	applyMiddlewareAndGetResult(isDefaultCommand, commandHandler, innerArgv, currentContext, helpOnly, aliases, yargs) {
		let positionalMap = {};
		if (helpOnly) return innerArgv;
		if (!yargs.getInternalMethods().getHasOutput()) positionalMap = this.populatePositionals(commandHandler, innerArgv, currentContext, yargs);
		const middlewares = this.globalMiddleware.getMiddleware().slice(0).concat(commandHandler.middlewares);
		const maybePromiseArgv = applyMiddleware(innerArgv, yargs, middlewares, true);
		return isPromise(maybePromiseArgv) ? maybePromiseArgv.then((resolvedInnerArgv) => this.handleValidationAndGetResult(isDefaultCommand, commandHandler, resolvedInnerArgv, currentContext, aliases, yargs, middlewares, positionalMap)) : this.handleValidationAndGetResult(isDefaultCommand, commandHandler, maybePromiseArgv, currentContext, aliases, yargs, middlewares, positionalMap);
	}
	populatePositionals(commandHandler, argv, context, yargs) {
		argv._ = argv._.slice(context.commands.length);
		const demanded = commandHandler.demanded.slice(0);
		const optional = commandHandler.optional.slice(0);
		const positionalMap = {};
		this.validation.positionalCount(demanded.length, argv._.length);
		while (demanded.length) {
			const demand = demanded.shift();
			this.populatePositional(demand, argv, positionalMap);
		}
		while (optional.length) {
			const maybe = optional.shift();
			this.populatePositional(maybe, argv, positionalMap);
		}
		argv._ = context.commands.concat(argv._.map((a) => "" + a));
		this.postProcessPositionals(argv, positionalMap, this.cmdToParseOptions(commandHandler.original), yargs);
		return positionalMap;
	}
	populatePositional(positional, argv, positionalMap) {
		const cmd = positional.cmd[0];
		if (positional.variadic) positionalMap[cmd] = argv._.splice(0).map(String);
		else if (argv._.length) positionalMap[cmd] = [String(argv._.shift())];
	}
	cmdToParseOptions(cmdString) {
		const parseOptions = {
			array: [],
			default: {},
			alias: {},
			demand: {}
		};
		const parsed = parseCommand(cmdString);
		parsed.demanded.forEach((d) => {
			const [cmd, ...aliases] = d.cmd;
			if (d.variadic) {
				parseOptions.array.push(cmd);
				parseOptions.default[cmd] = [];
			}
			parseOptions.alias[cmd] = aliases;
			parseOptions.demand[cmd] = true;
		});
		parsed.optional.forEach((o) => {
			const [cmd, ...aliases] = o.cmd;
			if (o.variadic) {
				parseOptions.array.push(cmd);
				parseOptions.default[cmd] = [];
			}
			parseOptions.alias[cmd] = aliases;
		});
		return parseOptions;
	}
	postProcessPositionals(argv, positionalMap, parseOptions, yargs) {
		const options = Object.assign({}, yargs.getOptions());
		options.default = Object.assign(parseOptions.default, options.default);
		for (const key of Object.keys(parseOptions.alias)) options.alias[key] = (options.alias[key] || []).concat(parseOptions.alias[key]);
		options.array = options.array.concat(parseOptions.array);
		options.config = {};
		const unparsed = [];
		Object.keys(positionalMap).forEach((key) => {
			positionalMap[key].map((value) => {
				if (options.configuration["unknown-options-as-args"]) options.key[key] = true;
				unparsed.push(`--${key}`);
				unparsed.push(value);
			});
		});
		if (!unparsed.length) return;
		const config = Object.assign({}, options.configuration, { "populate--": false });
		const parsed = this.shim.Parser.detailed(unparsed, Object.assign({}, options, { configuration: config }));
		if (parsed.error) yargs.getInternalMethods().getUsageInstance().fail(parsed.error.message, parsed.error);
		else {
			const positionalKeys = Object.keys(positionalMap);
			Object.keys(positionalMap).forEach((key) => {
				positionalKeys.push(...parsed.aliases[key]);
			});
			Object.keys(parsed.argv).forEach((key) => {
				if (positionalKeys.includes(key)) {
					if (!positionalMap[key]) positionalMap[key] = parsed.argv[key];
					if (!this.isInConfigs(yargs, key) && !this.isDefaulted(yargs, key) && Object.prototype.hasOwnProperty.call(argv, key) && Object.prototype.hasOwnProperty.call(parsed.argv, key) && (Array.isArray(argv[key]) || Array.isArray(parsed.argv[key]))) argv[key] = [].concat(argv[key], parsed.argv[key]);
					else argv[key] = parsed.argv[key];
				}
			});
		}
	}
	isDefaulted(yargs, key) {
		const { default: defaults } = yargs.getOptions();
		return Object.prototype.hasOwnProperty.call(defaults, key) || Object.prototype.hasOwnProperty.call(defaults, this.shim.Parser.camelCase(key));
	}
	isInConfigs(yargs, key) {
		const { configObjects } = yargs.getOptions();
		return configObjects.some((c) => Object.prototype.hasOwnProperty.call(c, key)) || configObjects.some((c) => Object.prototype.hasOwnProperty.call(c, this.shim.Parser.camelCase(key)));
	}
	runDefaultBuilderOn(yargs) {
		if (!this.defaultCommand) return;
		if (this.shouldUpdateUsage(yargs)) {
			const commandString = DEFAULT_MARKER.test(this.defaultCommand.original) ? this.defaultCommand.original : this.defaultCommand.original.replace(/^[^[\]<>]*/, "$0 ");
			yargs.getInternalMethods().getUsageInstance().usage(commandString, this.defaultCommand.description);
		}
		const builder = this.defaultCommand.builder;
		if (isCommandBuilderCallback(builder)) return builder(yargs, true);
		else if (!isCommandBuilderDefinition(builder)) Object.keys(builder).forEach((key) => {
			yargs.option(key, builder[key]);
		});
	}
	extractDesc({ describe, description, desc }) {
		for (const test of [
			describe,
			description,
			desc
		]) {
			if (typeof test === "string" || test === false) return test;
			assertNotStrictEqual(test, true, this.shim);
		}
		return false;
	}
	freeze() {
		this.frozens.push({
			handlers: this.handlers,
			aliasMap: this.aliasMap,
			defaultCommand: this.defaultCommand
		});
	}
	unfreeze() {
		const frozen = this.frozens.pop();
		assertNotStrictEqual(frozen, void 0, this.shim);
		({handlers: this.handlers, aliasMap: this.aliasMap, defaultCommand: this.defaultCommand} = frozen);
	}
	reset() {
		this.handlers = {};
		this.aliasMap = {};
		this.defaultCommand = void 0;
		this.requireCache = /* @__PURE__ */ new Set();
		return this;
	}
};
function command$1(usage, validation, globalMiddleware, shim) {
	return new CommandInstance(usage, validation, globalMiddleware, shim);
}
function isCommandBuilderDefinition(builder) {
	return typeof builder === "object" && !!builder.builder && typeof builder.handler === "function";
}
function isCommandAndAliases(cmd) {
	return cmd.every((c) => typeof c === "string");
}
function isCommandBuilderCallback(builder) {
	return typeof builder === "function";
}
function isCommandBuilderOptionDefinitions(builder) {
	return typeof builder === "object";
}
function isCommandHandlerDefinition(cmd) {
	return typeof cmd === "object" && !Array.isArray(cmd);
}
// node_modules/yargs/build/lib/utils/obj-filter.js
function objFilter(original = {}, filter = () => true) {
	const obj = {};
	objectKeys(original).forEach((key) => {
		if (filter(key, original[key])) obj[key] = original[key];
	});
	return obj;
}
// node_modules/yargs/build/lib/utils/set-blocking.js
function setBlocking(blocking) {
	if (typeof process === "undefined") return;
	[process.stdout, process.stderr].forEach((_stream) => {
		const stream = _stream;
		if (stream._handle && stream.isTTY && typeof stream._handle.setBlocking === "function") stream._handle.setBlocking(blocking);
	});
}
// node_modules/yargs/build/lib/usage.js
function isBoolean(fail) {
	return typeof fail === "boolean";
}
function usage(yargs, shim) {
	const __ = shim.y18n.__;
	const self = {};
	const fails = [];
	self.failFn = function failFn(f) {
		fails.push(f);
	};
	let failMessage = null;
	let globalFailMessage = null;
	let showHelpOnFail = true;
	self.showHelpOnFail = function showHelpOnFailFn(arg1 = true, arg2) {
		const [enabled, message] = typeof arg1 === "string" ? [true, arg1] : [arg1, arg2];
		if (yargs.getInternalMethods().isGlobalContext()) globalFailMessage = message;
		failMessage = message;
		showHelpOnFail = enabled;
		return self;
	};
	let failureOutput = false;
	self.fail = function fail(msg, err) {
		const logger = yargs.getInternalMethods().getLoggerInstance();
		if (fails.length) for (let i = fails.length - 1; i >= 0; --i) {
			const fail = fails[i];
			if (isBoolean(fail)) {
				if (err) throw err;
				else if (msg) throw Error(msg);
			} else fail(msg, err, self);
		}
		else {
			if (yargs.getExitProcess()) setBlocking(true);
			if (!failureOutput) {
				failureOutput = true;
				if (showHelpOnFail) {
					yargs.showHelp("error");
					logger.error();
				}
				if (msg || err) logger.error(msg || err);
				const globalOrCommandFailMessage = failMessage || globalFailMessage;
				if (globalOrCommandFailMessage) {
					if (msg || err) logger.error("");
					logger.error(globalOrCommandFailMessage);
				}
			}
			err = err || new YError(msg);
			if (yargs.getExitProcess()) return yargs.exit(1);
			else if (yargs.getInternalMethods().hasParseCallback()) return yargs.exit(1, err);
			else throw err;
		}
	};
	let usages = [];
	let usageDisabled = false;
	self.usage = (msg, description) => {
		if (msg === null) {
			usageDisabled = true;
			usages = [];
			return self;
		}
		usageDisabled = false;
		usages.push([msg, description || ""]);
		return self;
	};
	self.getUsage = () => {
		return usages;
	};
	self.getUsageDisabled = () => {
		return usageDisabled;
	};
	self.getPositionalGroupName = () => {
		return __("Positionals:");
	};
	let examples = [];
	self.example = (cmd, description) => {
		examples.push([cmd, description || ""]);
	};
	let commands = [];
	self.command = function command(cmd, description, isDefault, aliases, deprecated = false) {
		if (isDefault) commands = commands.map((cmdArray) => {
			cmdArray[2] = false;
			return cmdArray;
		});
		commands.push([
			cmd,
			description || "",
			isDefault,
			aliases,
			deprecated
		]);
	};
	self.getCommands = () => commands;
	let descriptions = {};
	self.describe = function describe(keyOrKeys, desc) {
		if (Array.isArray(keyOrKeys)) keyOrKeys.forEach((k) => {
			self.describe(k, desc);
		});
		else if (typeof keyOrKeys === "object") Object.keys(keyOrKeys).forEach((k) => {
			self.describe(k, keyOrKeys[k]);
		});
		else descriptions[keyOrKeys] = desc;
	};
	self.getDescriptions = () => descriptions;
	let epilogs = [];
	self.epilog = (msg) => {
		epilogs.push(msg);
	};
	let wrapSet = false;
	let wrap;
	self.wrap = (cols) => {
		wrapSet = true;
		wrap = cols;
	};
	self.getWrap = () => {
		if (shim.getEnv("YARGS_DISABLE_WRAP")) return null;
		if (!wrapSet) {
			wrap = windowWidth();
			wrapSet = true;
		}
		return wrap;
	};
	const deferY18nLookupPrefix = "__yargsString__:";
	self.deferY18nLookup = (str) => deferY18nLookupPrefix + str;
	self.help = function help() {
		if (cachedHelpMessage) return cachedHelpMessage;
		normalizeAliases();
		const base$0 = yargs.customScriptName ? yargs.$0 : shim.path.basename(yargs.$0);
		const demandedOptions = yargs.getDemandedOptions();
		const demandedCommands = yargs.getDemandedCommands();
		const deprecatedOptions = yargs.getDeprecatedOptions();
		const groups = yargs.getGroups();
		const options = yargs.getOptions();
		let keys = [];
		keys = keys.concat(Object.keys(descriptions));
		keys = keys.concat(Object.keys(demandedOptions));
		keys = keys.concat(Object.keys(demandedCommands));
		keys = keys.concat(Object.keys(options.default));
		keys = keys.filter(filterHiddenOptions);
		keys = Object.keys(keys.reduce((acc, key) => {
			if (key !== "_") acc[key] = true;
			return acc;
		}, {}));
		const theWrap = self.getWrap();
		const ui = shim.cliui({
			width: theWrap,
			wrap: !!theWrap
		});
		if (!usageDisabled) {
			if (usages.length) {
				usages.forEach((usage) => {
					ui.div({ text: `${usage[0].replace(/\$0/g, base$0)}` });
					if (usage[1]) ui.div({
						text: `${usage[1]}`,
						padding: [
							1,
							0,
							0,
							0
						]
					});
				});
				ui.div();
			} else if (commands.length) {
				let u = null;
				if (demandedCommands._) u = `${base$0} <${__("command")}>\n`;
				else u = `${base$0} [${__("command")}]\n`;
				ui.div(`${u}`);
			}
		}
		if (commands.length > 1 || commands.length === 1 && !commands[0][2]) {
			ui.div(__("Commands:"));
			const context = yargs.getInternalMethods().getContext();
			const parentCommands = context.commands.length ? `${context.commands.join(" ")} ` : "";
			if (yargs.getInternalMethods().getParserConfiguration()["sort-commands"] === true) commands = commands.sort((a, b) => a[0].localeCompare(b[0]));
			const prefix = base$0 ? `${base$0} ` : "";
			commands.forEach((command) => {
				const commandString = `${prefix}${parentCommands}${command[0].replace(/^\$0 ?/, "")}`;
				ui.span({
					text: commandString,
					padding: [
						0,
						2,
						0,
						2
					],
					width: maxWidth(commands, theWrap, `${base$0}${parentCommands}`) + 4
				}, { text: command[1] });
				const hints = [];
				if (command[2]) hints.push(`[${__("default")}]`);
				if (command[3] && command[3].length) hints.push(`[${__("aliases:")} ${command[3].join(", ")}]`);
				if (command[4]) {
					if (typeof command[4] === "string") hints.push(`[${__("deprecated: %s", command[4])}]`);
					else hints.push(`[${__("deprecated")}]`);
				}
				if (hints.length) ui.div({
					text: hints.join(" "),
					padding: [
						0,
						0,
						0,
						2
					],
					align: "right"
				});
				else ui.div();
			});
			ui.div();
		}
		const aliasKeys = (Object.keys(options.alias) || []).concat(Object.keys(yargs.parsed.newAliases) || []);
		keys = keys.filter((key) => !yargs.parsed.newAliases[key] && aliasKeys.every((alias) => (options.alias[alias] || []).indexOf(key) === -1));
		const defaultGroup = __("Options:");
		if (!groups[defaultGroup]) groups[defaultGroup] = [];
		addUngroupedKeys(keys, options.alias, groups, defaultGroup);
		const isLongSwitch = (sw) => /^--/.test(getText(sw));
		const displayedGroups = Object.keys(groups).filter((groupName) => groups[groupName].length > 0).map((groupName) => {
			return {
				groupName,
				normalizedKeys: groups[groupName].filter(filterHiddenOptions).map((key) => {
					if (aliasKeys.includes(key)) return key;
					for (let i = 0, aliasKey; (aliasKey = aliasKeys[i]) !== void 0; i++) if ((options.alias[aliasKey] || []).includes(key)) return aliasKey;
					return key;
				})
			};
		}).filter(({ normalizedKeys }) => normalizedKeys.length > 0).map(({ groupName, normalizedKeys }) => {
			return {
				groupName,
				normalizedKeys,
				switches: normalizedKeys.reduce((acc, key) => {
					acc[key] = [key].concat(options.alias[key] || []).map((sw) => {
						if (groupName === self.getPositionalGroupName()) return sw;
						else return (/^[0-9]$/.test(sw) ? options.boolean.includes(key) ? "-" : "--" : sw.length > 1 ? "--" : "-") + sw;
					}).sort((sw1, sw2) => isLongSwitch(sw1) === isLongSwitch(sw2) ? 0 : isLongSwitch(sw1) ? 1 : -1).join(", ");
					return acc;
				}, {})
			};
		});
		if (displayedGroups.filter(({ groupName }) => groupName !== self.getPositionalGroupName()).some(({ normalizedKeys, switches }) => !normalizedKeys.every((key) => isLongSwitch(switches[key])))) displayedGroups.filter(({ groupName }) => groupName !== self.getPositionalGroupName()).forEach(({ normalizedKeys, switches }) => {
			normalizedKeys.forEach((key) => {
				if (isLongSwitch(switches[key])) switches[key] = addIndentation(switches[key], 4);
			});
		});
		displayedGroups.forEach(({ groupName, normalizedKeys, switches }) => {
			ui.div(groupName);
			normalizedKeys.forEach((key) => {
				const kswitch = switches[key];
				let desc = descriptions[key] || "";
				let type = null;
				if (desc.includes(deferY18nLookupPrefix)) desc = __(desc.substring(16));
				if (options.boolean.includes(key)) type = `[${__("boolean")}]`;
				if (options.count.includes(key)) type = `[${__("count")}]`;
				if (options.string.includes(key)) type = `[${__("string")}]`;
				if (options.normalize.includes(key)) type = `[${__("string")}]`;
				if (options.array.includes(key)) type = `[${__("array")}]`;
				if (options.number.includes(key)) type = `[${__("number")}]`;
				const deprecatedExtra = (deprecated) => typeof deprecated === "string" ? `[${__("deprecated: %s", deprecated)}]` : `[${__("deprecated")}]`;
				const extra = [
					key in deprecatedOptions ? deprecatedExtra(deprecatedOptions[key]) : null,
					type,
					key in demandedOptions ? `[${__("required")}]` : null,
					options.choices && options.choices[key] ? `[${__("choices:")} ${self.stringifiedValues(options.choices[key])}]` : null,
					defaultString(options.default[key], options.defaultDescription[key])
				].filter(Boolean).join(" ");
				ui.span({
					text: getText(kswitch),
					padding: [
						0,
						2,
						0,
						2 + getIndentation(kswitch)
					],
					width: maxWidth(switches, theWrap) + 4
				}, desc);
				const shouldHideOptionExtras = yargs.getInternalMethods().getUsageConfiguration()["hide-types"] === true;
				if (extra && !shouldHideOptionExtras) ui.div({
					text: extra,
					padding: [
						0,
						0,
						0,
						2
					],
					align: "right"
				});
				else ui.div();
			});
			ui.div();
		});
		if (examples.length) {
			ui.div(__("Examples:"));
			examples.forEach((example) => {
				example[0] = example[0].replace(/\$0/g, base$0);
			});
			examples.forEach((example) => {
				if (example[1] === "") ui.div({
					text: example[0],
					padding: [
						0,
						2,
						0,
						2
					]
				});
				else ui.div({
					text: example[0],
					padding: [
						0,
						2,
						0,
						2
					],
					width: maxWidth(examples, theWrap) + 4
				}, { text: example[1] });
			});
			ui.div();
		}
		if (epilogs.length > 0) {
			const e = epilogs.map((epilog) => epilog.replace(/\$0/g, base$0)).join("\n");
			ui.div(`${e}\n`);
		}
		return ui.toString().replace(/\s*$/, "");
	};
	function maxWidth(table, theWrap, modifier) {
		let width = 0;
		if (!Array.isArray(table)) table = Object.values(table).map((v) => [v]);
		table.forEach((v) => {
			width = Math.max(shim.stringWidth(modifier ? `${modifier} ${getText(v[0])}` : getText(v[0])) + getIndentation(v[0]), width);
		});
		if (theWrap) width = Math.min(width, parseInt((theWrap * .5).toString(), 10));
		return width;
	}
	function normalizeAliases() {
		const demandedOptions = yargs.getDemandedOptions();
		const options = yargs.getOptions();
		(Object.keys(options.alias) || []).forEach((key) => {
			options.alias[key].forEach((alias) => {
				if (descriptions[alias]) self.describe(key, descriptions[alias]);
				if (alias in demandedOptions) yargs.demandOption(key, demandedOptions[alias]);
				if (options.boolean.includes(alias)) yargs.boolean(key);
				if (options.count.includes(alias)) yargs.count(key);
				if (options.string.includes(alias)) yargs.string(key);
				if (options.normalize.includes(alias)) yargs.normalize(key);
				if (options.array.includes(alias)) yargs.array(key);
				if (options.number.includes(alias)) yargs.number(key);
			});
		});
	}
	let cachedHelpMessage;
	self.cacheHelpMessage = function() {
		cachedHelpMessage = this.help();
	};
	self.clearCachedHelpMessage = function() {
		cachedHelpMessage = void 0;
	};
	self.hasCachedHelpMessage = function() {
		return !!cachedHelpMessage;
	};
	function addUngroupedKeys(keys, aliases, groups, defaultGroup) {
		let groupedKeys = [];
		let toCheck = null;
		Object.keys(groups).forEach((group) => {
			groupedKeys = groupedKeys.concat(groups[group]);
		});
		keys.forEach((key) => {
			toCheck = [key].concat(aliases[key]);
			if (!toCheck.some((k) => groupedKeys.indexOf(k) !== -1)) groups[defaultGroup].push(key);
		});
		return groupedKeys;
	}
	function filterHiddenOptions(key) {
		return yargs.getOptions().hiddenOptions.indexOf(key) < 0 || yargs.parsed.argv[yargs.getOptions().showHiddenOpt];
	}
	self.showHelp = (level) => {
		const logger = yargs.getInternalMethods().getLoggerInstance();
		if (!level) level = "error";
		(typeof level === "function" ? level : logger[level])(self.help());
	};
	self.functionDescription = (fn) => {
		return [
			"(",
			fn.name ? shim.Parser.decamelize(fn.name, "-") : __("generated-value"),
			")"
		].join("");
	};
	self.stringifiedValues = function stringifiedValues(values, separator) {
		let string = "";
		const sep = separator || ", ";
		const array = [].concat(values);
		if (!values || !array.length) return string;
		array.forEach((value) => {
			if (string.length) string += sep;
			string += JSON.stringify(value);
		});
		return string;
	};
	function defaultString(value, defaultDescription) {
		let string = `[${__("default:")} `;
		if (value === void 0 && !defaultDescription) return null;
		if (defaultDescription) string += defaultDescription;
		else switch (typeof value) {
			case "string":
				string += `"${value}"`;
				break;
			case "object":
				string += JSON.stringify(value);
				break;
			default: string += value;
		}
		return `${string}]`;
	}
	function windowWidth() {
		const maxWidth = 80;
		if (shim.process.stdColumns) return Math.min(maxWidth, shim.process.stdColumns);
		else return maxWidth;
	}
	let version = null;
	self.version = (ver) => {
		version = ver;
	};
	self.showVersion = (level) => {
		const logger = yargs.getInternalMethods().getLoggerInstance();
		if (!level) level = "error";
		(typeof level === "function" ? level : logger[level])(version);
	};
	self.reset = function reset(localLookup) {
		failMessage = null;
		failureOutput = false;
		usages = [];
		usageDisabled = false;
		epilogs = [];
		examples = [];
		commands = [];
		descriptions = objFilter(descriptions, (k) => !localLookup[k]);
		return self;
	};
	const frozens = [];
	self.freeze = function freeze() {
		frozens.push({
			failMessage,
			failureOutput,
			usages,
			usageDisabled,
			epilogs,
			examples,
			commands,
			descriptions
		});
	};
	self.unfreeze = function unfreeze(defaultCommand = false) {
		const frozen = frozens.pop();
		if (!frozen) return;
		if (defaultCommand) {
			descriptions = {
				...frozen.descriptions,
				...descriptions
			};
			commands = [...frozen.commands, ...commands];
			usages = [...frozen.usages, ...usages];
			examples = [...frozen.examples, ...examples];
			epilogs = [...frozen.epilogs, ...epilogs];
		} else ({failMessage, failureOutput, usages, usageDisabled, epilogs, examples, commands, descriptions} = frozen);
	};
	return self;
}
function isIndentedText(text) {
	return typeof text === "object";
}
function addIndentation(text, indent) {
	return isIndentedText(text) ? {
		text: text.text,
		indentation: text.indentation + indent
	} : {
		text,
		indentation: indent
	};
}
function getIndentation(text) {
	return isIndentedText(text) ? text.indentation : 0;
}
function getText(text) {
	return isIndentedText(text) ? text.text : text;
}
// node_modules/yargs/build/lib/completion-templates.js
const completionShTemplate = `###-begin-{{app_name}}-completions-###
#
# yargs command completion script
#
# Installation: {{app_path}} {{completion_command}} >> ~/.bashrc
#    or {{app_path}} {{completion_command}} >> ~/.bash_profile on OSX.
#
_{{app_name}}_yargs_completions()
{
    local cur_word args type_list

    cur_word="\${COMP_WORDS[COMP_CWORD]}"
    args=("\${COMP_WORDS[@]}")

    # ask yargs to generate completions.
    # see https://stackoverflow.com/a/40944195/7080036 for the spaces-handling awk
    mapfile -t type_list < <({{app_path}} --get-yargs-completions "\${args[@]}")
    mapfile -t COMPREPLY < <(compgen -W "$( printf '%q ' "\${type_list[@]}" )" -- "\${cur_word}" |
        awk '/ / { print "\\""$0"\\"" } /^[^ ]+$/ { print $0 }')

    # if no match was found, fall back to filename completion
    if [ \${#COMPREPLY[@]} -eq 0 ]; then
      COMPREPLY=()
    fi

    return 0
}
complete -o bashdefault -o default -F _{{app_name}}_yargs_completions {{app_name}}
###-end-{{app_name}}-completions-###
`;
const completionZshTemplate = `#compdef {{app_name}}
###-begin-{{app_name}}-completions-###
#
# yargs command completion script
#
# Installation: {{app_path}} {{completion_command}} >> ~/.zshrc
#    or {{app_path}} {{completion_command}} >> ~/.zprofile on OSX.
#
_{{app_name}}_yargs_completions()
{
  local reply
  local si=$IFS
  IFS=$'\n' reply=($(COMP_CWORD="$((CURRENT-1))" COMP_LINE="$BUFFER" COMP_POINT="$CURSOR" {{app_path}} --get-yargs-completions "\${words[@]}"))
  IFS=$si
  if [[ \${#reply} -gt 0 ]]; then
    _describe 'values' reply
  else
    _default
  fi
}
if [[ "\${zsh_eval_context[-1]}" == "loadautofunc" ]]; then
  _{{app_name}}_yargs_completions "$@"
else
  compdef _{{app_name}}_yargs_completions {{app_name}}
fi
###-end-{{app_name}}-completions-###
`;
const completionFishTemplate = `###-begin-{{app_name}}-completions-###
#
# yargs command completion script
#
# Installation: {{app_path}} {{completion_command}} > ~/.config/fish/completions/{{app_name}}.fish
#
complete -f -c {{app_name}} -a '({{app_path}} --get-yargs-completions (commandline -o)[2..-1])'
###-end-{{app_name}}-completions-###
`;
// node_modules/yargs/build/lib/completion.js
var Completion = class {
	constructor(yargs, usage, command, shim) {
		var _a, _b, _c, _d, _e;
		this.yargs = yargs;
		this.usage = usage;
		this.command = command;
		this.shim = shim;
		this.completionKey = "get-yargs-completions";
		this.aliases = null;
		this.customCompletionFunction = null;
		this.indexAfterLastReset = 0;
		this.zshShell = (_c = ((_a = this.shim.getEnv("SHELL")) === null || _a === void 0 ? void 0 : _a.includes("zsh")) || ((_b = this.shim.getEnv("ZSH_NAME")) === null || _b === void 0 ? void 0 : _b.includes("zsh"))) !== null && _c !== void 0 ? _c : false;
		this.fishShell = (_e = (_d = this.shim.getEnv("SHELL")) === null || _d === void 0 ? void 0 : _d.includes("fish")) !== null && _e !== void 0 ? _e : false;
	}
	defaultCompletion(args, argv, current, done) {
		const handlers = this.command.getCommandHandlers();
		for (let i = 0, ii = args.length; i < ii; ++i) if (handlers[args[i]] && handlers[args[i]].builder) {
			const builder = handlers[args[i]].builder;
			if (isCommandBuilderCallback(builder)) {
				this.indexAfterLastReset = i + 1;
				const y = this.yargs.getInternalMethods().reset();
				builder(y, true);
				return y.argv;
			}
		}
		const completions = [];
		this.commandCompletions(completions, args, current);
		this.optionCompletions(completions, args, argv, current);
		this.choicesFromOptionsCompletions(completions, args, argv, current);
		this.choicesFromPositionalsCompletions(completions, args, argv, current);
		done(null, completions);
	}
	commandCompletions(completions, args, current) {
		const parentCommands = this.yargs.getInternalMethods().getContext().commands;
		if (!current.match(/^-/) && parentCommands[parentCommands.length - 1] !== current && !this.previousArgHasChoices(args)) this.usage.getCommands().forEach((usageCommand) => {
			const commandName = parseCommand(usageCommand[0]).cmd;
			if (args.indexOf(commandName) === -1) {
				const desc = usageCommand[1] || "";
				if (this.fishShell) completions.push(commandName + "	" + desc);
				else if (this.zshShell) completions.push(commandName.replace(/:/g, "\\:") + ":" + desc);
				else completions.push(commandName);
			}
		});
	}
	optionCompletions(completions, args, argv, current) {
		if ((current.match(/^-/) || current === "" && completions.length === 0) && !this.previousArgHasChoices(args)) {
			const options = this.yargs.getOptions();
			const positionalKeys = this.yargs.getGroups()[this.usage.getPositionalGroupName()] || [];
			Object.keys(options.key).forEach((key) => {
				const negable = !!options.configuration["boolean-negation"] && options.boolean.includes(key);
				if (!positionalKeys.includes(key) && !options.hiddenOptions.includes(key) && !this.argsContainKey(args, key, negable)) this.completeOptionKey(key, completions, current, negable && !!options.default[key]);
			});
		}
	}
	choicesFromOptionsCompletions(completions, args, argv, current) {
		if (this.previousArgHasChoices(args)) {
			const choices = this.getPreviousArgChoices(args);
			if (choices && choices.length > 0) {
				if (this.fishShell) completions.push(...choices);
				else completions.push(...choices.map((c) => c.replace(/:/g, "\\:")));
			}
		}
	}
	choicesFromPositionalsCompletions(completions, args, argv, current) {
		if (current === "" && completions.length > 0 && this.previousArgHasChoices(args)) return;
		const positionalKeys = this.yargs.getGroups()[this.usage.getPositionalGroupName()] || [];
		const offset = Math.max(this.indexAfterLastReset, this.yargs.getInternalMethods().getContext().commands.length + 1);
		const positionalKey = positionalKeys[argv._.length - offset - 1];
		if (!positionalKey) return;
		const choices = this.yargs.getOptions().choices[positionalKey] || [];
		for (const choice of choices) if (choice.startsWith(current)) {
			if (this.fishShell) completions.push(choice);
			else completions.push(choice.replace(/:/g, "\\:"));
		}
	}
	getPreviousArgChoices(args) {
		if (args.length < 1) return;
		let previousArg = args[args.length - 1];
		let filter = "";
		if (!previousArg.startsWith("-") && args.length > 1) {
			filter = previousArg;
			previousArg = args[args.length - 2];
		}
		if (!previousArg.startsWith("-")) return;
		const previousArgKey = previousArg.replace(/^-+/, "");
		const options = this.yargs.getOptions();
		const possibleAliases = [previousArgKey, ...this.yargs.getAliases()[previousArgKey] || []];
		let choices;
		for (const possibleAlias of possibleAliases) if (Object.prototype.hasOwnProperty.call(options.key, possibleAlias) && Array.isArray(options.choices[possibleAlias])) {
			choices = options.choices[possibleAlias];
			break;
		}
		if (choices) return choices.filter((choice) => !filter || choice.startsWith(filter));
	}
	previousArgHasChoices(args) {
		const choices = this.getPreviousArgChoices(args);
		return choices !== void 0 && choices.length > 0;
	}
	argsContainKey(args, key, negable) {
		const argsContains = (s) => args.indexOf((/^[^0-9]$/.test(s) ? "-" : "--") + s) !== -1;
		if (argsContains(key)) return true;
		if (negable && argsContains(`no-${key}`)) return true;
		if (this.aliases) {
			for (const alias of this.aliases[key]) if (argsContains(alias)) return true;
		}
		return false;
	}
	completeOptionKey(key, completions, current, negable) {
		var _a, _b, _c, _d;
		let keyWithDesc = key;
		if (this.zshShell || this.fishShell) {
			const descs = this.usage.getDescriptions();
			const aliasKey = (_b = (_a = this === null || this === void 0 ? void 0 : this.aliases) === null || _a === void 0 ? void 0 : _a[key]) === null || _b === void 0 ? void 0 : _b.find((alias) => {
				const desc = descs[alias];
				return typeof desc === "string" && desc.length > 0;
			});
			const descFromAlias = aliasKey ? descs[aliasKey] : void 0;
			const cleanedDesc = ((_d = (_c = descs[key]) !== null && _c !== void 0 ? _c : descFromAlias) !== null && _d !== void 0 ? _d : "").replace("__yargsString__:", "").replace(/(\r\n|\n|\r)/gm, " ");
			if (this.fishShell) keyWithDesc = `${key}\t${cleanedDesc}`;
			else keyWithDesc = `${key.replace(/:/g, "\\:")}:${cleanedDesc}`;
		}
		const startsByTwoDashes = (s) => /^--/.test(s);
		const isShortOption = (s) => /^[^0-9]$/.test(s);
		const dashes = !startsByTwoDashes(current) && isShortOption(key) ? "-" : "--";
		completions.push(dashes + keyWithDesc);
		if (negable) completions.push(dashes + "no-" + keyWithDesc);
	}
	customCompletion(args, argv, current, done) {
		assertNotStrictEqual(this.customCompletionFunction, null, this.shim);
		if (isSyncCompletionFunction(this.customCompletionFunction)) {
			const result = this.customCompletionFunction(current, argv);
			if (isPromise(result)) return result.then((list) => {
				this.shim.process.nextTick(() => {
					done(null, list);
				});
			}).catch((err) => {
				this.shim.process.nextTick(() => {
					done(err, void 0);
				});
			});
			return done(null, result);
		} else if (isFallbackCompletionFunction(this.customCompletionFunction)) return this.customCompletionFunction(current, argv, (onCompleted = done) => this.defaultCompletion(args, argv, current, onCompleted), (completions) => {
			done(null, completions);
		});
		else return this.customCompletionFunction(current, argv, (completions) => {
			done(null, completions);
		});
	}
	getCompletion(args, done) {
		const current = args.length ? args[args.length - 1] : "";
		const argv = this.yargs.parse(args, true);
		const completionFunction = this.customCompletionFunction ? (argv) => this.customCompletion(args, argv, current, done) : (argv) => this.defaultCompletion(args, argv, current, done);
		return isPromise(argv) ? argv.then(completionFunction) : completionFunction(argv);
	}
	generateCompletionScript($0, cmd) {
		let script;
		if (this.zshShell) script = completionZshTemplate;
		else if (this.fishShell) script = completionFishTemplate;
		else script = completionShTemplate;
		const name = this.shim.path.basename($0);
		if ($0.match(/\.js$/)) $0 = `./${$0}`;
		script = script.replace(/{{app_name}}/g, name);
		script = script.replace(/{{completion_command}}/g, cmd);
		return script.replace(/{{app_path}}/g, $0);
	}
	registerFunction(fn) {
		this.customCompletionFunction = fn;
	}
	setParsed(parsed) {
		this.aliases = parsed.aliases;
	}
};
function completion(yargs, usage, command, shim) {
	return new Completion(yargs, usage, command, shim);
}
function isSyncCompletionFunction(completionFunction) {
	return completionFunction.length < 3;
}
function isFallbackCompletionFunction(completionFunction) {
	return completionFunction.length > 3;
}
// node_modules/yargs/build/lib/utils/levenshtein.js
function levenshtein(a, b) {
	if (a.length === 0) return b.length;
	if (b.length === 0) return a.length;
	const matrix = [];
	let i = 0;
	for (; i <= b.length; i++) matrix[i] = [i];
	let j = 0;
	for (; j <= a.length; j++) matrix[0][j] = j;
	for (i = 1; i <= b.length; i++) for (j = 1; j <= a.length; j++) if (b.charAt(i - 1) === a.charAt(j - 1)) matrix[i][j] = matrix[i - 1][j - 1];
	else if (i > 1 && j > 1 && b.charAt(i - 2) === a.charAt(j - 1) && b.charAt(i - 1) === a.charAt(j - 2)) matrix[i][j] = matrix[i - 2][j - 2] + 1;
	else matrix[i][j] = Math.min(matrix[i - 1][j - 1] + 1, Math.min(matrix[i][j - 1] + 1, matrix[i - 1][j] + 1));
	return matrix[b.length][a.length];
}
// node_modules/yargs/build/lib/validation.js
const specialKeys = [
	"$0",
	"--",
	"_"
];
function validation(yargs, usage, shim) {
	const __ = shim.y18n.__;
	const __n = shim.y18n.__n;
	const self = {};
	self.nonOptionCount = function nonOptionCount(argv) {
		const demandedCommands = yargs.getDemandedCommands();
		const _s = argv._.length + (argv["--"] ? argv["--"].length : 0) - yargs.getInternalMethods().getContext().commands.length;
		if (demandedCommands._ && (_s < demandedCommands._.min || _s > demandedCommands._.max)) {
			if (_s < demandedCommands._.min) {
				if (demandedCommands._.minMsg !== void 0) usage.fail(demandedCommands._.minMsg ? demandedCommands._.minMsg.replace(/\$0/g, _s.toString()).replace(/\$1/, demandedCommands._.min.toString()) : null);
				else usage.fail(__n("Not enough non-option arguments: got %s, need at least %s", "Not enough non-option arguments: got %s, need at least %s", _s, _s.toString(), demandedCommands._.min.toString()));
			} else if (_s > demandedCommands._.max) {
				if (demandedCommands._.maxMsg !== void 0) usage.fail(demandedCommands._.maxMsg ? demandedCommands._.maxMsg.replace(/\$0/g, _s.toString()).replace(/\$1/, demandedCommands._.max.toString()) : null);
				else usage.fail(__n("Too many non-option arguments: got %s, maximum of %s", "Too many non-option arguments: got %s, maximum of %s", _s, _s.toString(), demandedCommands._.max.toString()));
			}
		}
	};
	self.positionalCount = function positionalCount(required, observed) {
		if (observed < required) usage.fail(__n("Not enough non-option arguments: got %s, need at least %s", "Not enough non-option arguments: got %s, need at least %s", observed, observed + "", required + ""));
	};
	self.requiredArguments = function requiredArguments(argv, demandedOptions) {
		let missing = null;
		for (const key of Object.keys(demandedOptions)) if (!Object.prototype.hasOwnProperty.call(argv, key) || typeof argv[key] === "undefined") {
			missing = missing || {};
			missing[key] = demandedOptions[key];
		}
		if (missing) {
			const customMsgs = [];
			for (const key of Object.keys(missing)) {
				const msg = missing[key];
				if (msg && customMsgs.indexOf(msg) < 0) customMsgs.push(msg);
			}
			const customMsg = customMsgs.length ? `\n${customMsgs.join("\n")}` : "";
			usage.fail(__n("Missing required argument: %s", "Missing required arguments: %s", Object.keys(missing).length, Object.keys(missing).join(", ") + customMsg));
		}
	};
	self.unknownArguments = function unknownArguments(argv, aliases, positionalMap, isDefaultCommand, checkPositionals = true) {
		var _a;
		const commandKeys = yargs.getInternalMethods().getCommandInstance().getCommands();
		const unknown = [];
		const currentContext = yargs.getInternalMethods().getContext();
		Object.keys(argv).forEach((key) => {
			if (!specialKeys.includes(key) && !Object.prototype.hasOwnProperty.call(positionalMap, key) && !Object.prototype.hasOwnProperty.call(yargs.getInternalMethods().getParseContext(), key) && !self.isValidAndSomeAliasIsNotNew(key, aliases)) unknown.push(key);
		});
		if (checkPositionals && (currentContext.commands.length > 0 || commandKeys.length > 0 || isDefaultCommand)) argv._.slice(currentContext.commands.length).forEach((key) => {
			if (!commandKeys.includes("" + key)) unknown.push("" + key);
		});
		if (checkPositionals) {
			const maxNonOptDemanded = ((_a = yargs.getDemandedCommands()._) === null || _a === void 0 ? void 0 : _a.max) || 0;
			const expected = currentContext.commands.length + maxNonOptDemanded;
			if (expected < argv._.length) argv._.slice(expected).forEach((key) => {
				key = String(key);
				if (!currentContext.commands.includes(key) && !unknown.includes(key)) unknown.push(key);
			});
		}
		if (unknown.length) usage.fail(__n("Unknown argument: %s", "Unknown arguments: %s", unknown.length, unknown.map((s) => s.trim() ? s : `"${s}"`).join(", ")));
	};
	self.unknownCommands = function unknownCommands(argv) {
		const commandKeys = yargs.getInternalMethods().getCommandInstance().getCommands();
		const unknown = [];
		const currentContext = yargs.getInternalMethods().getContext();
		if (currentContext.commands.length > 0 || commandKeys.length > 0) argv._.slice(currentContext.commands.length).forEach((key) => {
			if (!commandKeys.includes("" + key)) unknown.push("" + key);
		});
		if (unknown.length > 0) {
			usage.fail(__n("Unknown command: %s", "Unknown commands: %s", unknown.length, unknown.join(", ")));
			return true;
		} else return false;
	};
	self.isValidAndSomeAliasIsNotNew = function isValidAndSomeAliasIsNotNew(key, aliases) {
		if (!Object.prototype.hasOwnProperty.call(aliases, key)) return false;
		const newAliases = yargs.parsed.newAliases;
		return [key, ...aliases[key]].some((a) => !Object.prototype.hasOwnProperty.call(newAliases, a) || !newAliases[key]);
	};
	self.limitedChoices = function limitedChoices(argv) {
		const options = yargs.getOptions();
		const invalid = {};
		if (!Object.keys(options.choices).length) return;
		Object.keys(argv).forEach((key) => {
			if (specialKeys.indexOf(key) === -1 && Object.prototype.hasOwnProperty.call(options.choices, key)) [].concat(argv[key]).forEach((value) => {
				if (options.choices[key].indexOf(value) === -1 && value !== void 0) invalid[key] = (invalid[key] || []).concat(value);
			});
		});
		const invalidKeys = Object.keys(invalid);
		if (!invalidKeys.length) return;
		let msg = __("Invalid values:");
		invalidKeys.forEach((key) => {
			msg += `\n  ${__("Argument: %s, Given: %s, Choices: %s", key, usage.stringifiedValues(invalid[key]), usage.stringifiedValues(options.choices[key]))}`;
		});
		usage.fail(msg);
	};
	let implied = {};
	self.implies = function implies(key, value) {
		argsert("<string|object> [array|number|string]", [key, value], arguments.length);
		if (typeof key === "object") Object.keys(key).forEach((k) => {
			self.implies(k, key[k]);
		});
		else {
			yargs.global(key);
			if (!implied[key]) implied[key] = [];
			if (Array.isArray(value)) value.forEach((i) => self.implies(key, i));
			else {
				assertNotStrictEqual(value, void 0, shim);
				implied[key].push(value);
			}
		}
	};
	self.getImplied = function getImplied() {
		return implied;
	};
	function keyExists(argv, val) {
		const num = Number(val);
		val = isNaN(num) ? val : num;
		if (typeof val === "number") val = argv._.length >= val;
		else if (val.match(/^--no-.+/)) {
			val = val.match(/^--no-(.+)/)[1];
			val = !Object.prototype.hasOwnProperty.call(argv, val);
		} else val = Object.prototype.hasOwnProperty.call(argv, val);
		return val;
	}
	self.implications = function implications(argv) {
		const implyFail = [];
		Object.keys(implied).forEach((key) => {
			const origKey = key;
			(implied[key] || []).forEach((value) => {
				let key = origKey;
				const origValue = value;
				key = keyExists(argv, key);
				value = keyExists(argv, value);
				if (key && !value) implyFail.push(` ${origKey} -> ${origValue}`);
			});
		});
		if (implyFail.length) {
			let msg = `${__("Implications failed:")}\n`;
			implyFail.forEach((value) => {
				msg += value;
			});
			usage.fail(msg);
		}
	};
	let conflicting = {};
	self.conflicts = function conflicts(key, value) {
		argsert("<string|object> [array|string]", [key, value], arguments.length);
		if (typeof key === "object") Object.keys(key).forEach((k) => {
			self.conflicts(k, key[k]);
		});
		else {
			yargs.global(key);
			if (!conflicting[key]) conflicting[key] = [];
			if (Array.isArray(value)) value.forEach((i) => self.conflicts(key, i));
			else conflicting[key].push(value);
		}
	};
	self.getConflicting = () => conflicting;
	self.conflicting = function conflictingFn(argv) {
		Object.keys(argv).forEach((key) => {
			if (conflicting[key]) conflicting[key].forEach((value) => {
				if (value && argv[key] !== void 0 && argv[value] !== void 0) usage.fail(__("Arguments %s and %s are mutually exclusive", key, value));
			});
		});
		if (yargs.getInternalMethods().getParserConfiguration()["strip-dashed"]) Object.keys(conflicting).forEach((key) => {
			conflicting[key].forEach((value) => {
				if (value && argv[shim.Parser.camelCase(key)] !== void 0 && argv[shim.Parser.camelCase(value)] !== void 0) usage.fail(__("Arguments %s and %s are mutually exclusive", key, value));
			});
		});
	};
	self.recommendCommands = function recommendCommands(cmd, potentialCommands) {
		const threshold = 3;
		potentialCommands = potentialCommands.sort((a, b) => b.length - a.length);
		let recommended = null;
		let bestDistance = Infinity;
		for (let i = 0, candidate; (candidate = potentialCommands[i]) !== void 0; i++) {
			const d = levenshtein(cmd, candidate);
			if (d <= threshold && d < bestDistance) {
				bestDistance = d;
				recommended = candidate;
			}
		}
		if (recommended) usage.fail(__("Did you mean %s?", recommended));
	};
	self.reset = function reset(localLookup) {
		implied = objFilter(implied, (k) => !localLookup[k]);
		conflicting = objFilter(conflicting, (k) => !localLookup[k]);
		return self;
	};
	const frozens = [];
	self.freeze = function freeze() {
		frozens.push({
			implied,
			conflicting
		});
	};
	self.unfreeze = function unfreeze() {
		const frozen = frozens.pop();
		assertNotStrictEqual(frozen, void 0, shim);
		({implied, conflicting} = frozen);
	};
	return self;
}
// node_modules/yargs/build/lib/utils/apply-extends.js
let previouslyVisitedConfigs = [];
let shim;
function applyExtends(config, cwd, mergeExtends, _shim) {
	shim = _shim;
	let defaultConfig = {};
	if (Object.prototype.hasOwnProperty.call(config, "extends")) {
		if (typeof config.extends !== "string") return defaultConfig;
		const isPath = /\.json|\..*rc$/.test(config.extends);
		let pathToDefault = null;
		if (!isPath) try {
			pathToDefault = {}.resolve(config.extends);
		} catch (_err) {
			return config;
		}
		else pathToDefault = getPathToDefaultConfig(cwd, config.extends);
		checkForCircularExtends(pathToDefault);
		previouslyVisitedConfigs.push(pathToDefault);
		defaultConfig = isPath ? JSON.parse(shim.readFileSync(pathToDefault, "utf8")) : _shim.require(config.extends);
		delete config.extends;
		defaultConfig = applyExtends(defaultConfig, shim.path.dirname(pathToDefault), mergeExtends, shim);
	}
	previouslyVisitedConfigs = [];
	return mergeExtends ? mergeDeep(defaultConfig, config) : Object.assign({}, defaultConfig, config);
}
function checkForCircularExtends(cfgPath) {
	if (previouslyVisitedConfigs.indexOf(cfgPath) > -1) throw new YError(`Circular extended configurations: '${cfgPath}'.`);
}
function getPathToDefaultConfig(cwd, pathToExtend) {
	return shim.path.resolve(cwd, pathToExtend);
}
function mergeDeep(config1, config2) {
	const target = {};
	function isObject(obj) {
		return obj && typeof obj === "object" && !Array.isArray(obj);
	}
	Object.assign(target, config1);
	for (const key of Object.keys(config2)) {
		if (key === "__proto__") continue;
		if (isObject(config2[key]) && isObject(target[key])) target[key] = mergeDeep(config1[key], config2[key]);
		else target[key] = config2[key];
	}
	return target;
}
// node_modules/yargs/build/lib/yargs-factory.js
var __classPrivateFieldSet = function(receiver, state, value, kind, f) {
	if (kind === "m") throw new TypeError("Private method is not writable");
	if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
	if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
	return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
};
var __classPrivateFieldGet = function(receiver, state, kind, f) {
	if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
	if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
	return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
};
var _YargsInstance_command;
var _YargsInstance_cwd;
var _YargsInstance_context;
var _YargsInstance_completion;
var _YargsInstance_completionCommand;
var _YargsInstance_defaultShowHiddenOpt;
var _YargsInstance_exitError;
var _YargsInstance_detectLocale;
var _YargsInstance_emittedWarnings;
var _YargsInstance_exitProcess;
var _YargsInstance_frozens;
var _YargsInstance_globalMiddleware;
var _YargsInstance_groups;
var _YargsInstance_hasOutput;
var _YargsInstance_helpOpt;
var _YargsInstance_isGlobalContext;
var _YargsInstance_logger;
var _YargsInstance_output;
var _YargsInstance_options;
var _YargsInstance_parentRequire;
var _YargsInstance_parserConfig;
var _YargsInstance_parseFn;
var _YargsInstance_parseContext;
var _YargsInstance_pkgs;
var _YargsInstance_preservedGroups;
var _YargsInstance_processArgs;
var _YargsInstance_recommendCommands;
var _YargsInstance_shim;
var _YargsInstance_strict;
var _YargsInstance_strictCommands;
var _YargsInstance_strictOptions;
var _YargsInstance_usage;
var _YargsInstance_usageConfig;
var _YargsInstance_versionOpt;
var _YargsInstance_validation;
function YargsFactory(_shim) {
	return (processArgs = [], cwd = _shim.process.cwd(), parentRequire) => {
		const yargs = new YargsInstance(processArgs, cwd, parentRequire, _shim);
		Object.defineProperty(yargs, "argv", {
			get: () => {
				return yargs.parse();
			},
			enumerable: true
		});
		yargs.help();
		yargs.version();
		return yargs;
	};
}
const kCopyDoubleDash = Symbol("copyDoubleDash");
const kCreateLogger = Symbol("copyDoubleDash");
const kDeleteFromParserHintObject = Symbol("deleteFromParserHintObject");
const kEmitWarning = Symbol("emitWarning");
const kFreeze = Symbol("freeze");
const kGetDollarZero = Symbol("getDollarZero");
const kGetParserConfiguration = Symbol("getParserConfiguration");
const kGetUsageConfiguration = Symbol("getUsageConfiguration");
const kGuessLocale = Symbol("guessLocale");
const kGuessVersion = Symbol("guessVersion");
const kParsePositionalNumbers = Symbol("parsePositionalNumbers");
const kPkgUp = Symbol("pkgUp");
const kPopulateParserHintArray = Symbol("populateParserHintArray");
const kPopulateParserHintSingleValueDictionary = Symbol("populateParserHintSingleValueDictionary");
const kPopulateParserHintArrayDictionary = Symbol("populateParserHintArrayDictionary");
const kPopulateParserHintDictionary = Symbol("populateParserHintDictionary");
const kSanitizeKey = Symbol("sanitizeKey");
const kSetKey = Symbol("setKey");
const kUnfreeze = Symbol("unfreeze");
const kValidateAsync = Symbol("validateAsync");
const kGetCommandInstance = Symbol("getCommandInstance");
const kGetContext = Symbol("getContext");
const kGetHasOutput = Symbol("getHasOutput");
const kGetLoggerInstance = Symbol("getLoggerInstance");
const kGetParseContext = Symbol("getParseContext");
const kGetUsageInstance = Symbol("getUsageInstance");
const kGetValidationInstance = Symbol("getValidationInstance");
const kHasParseCallback = Symbol("hasParseCallback");
const kIsGlobalContext = Symbol("isGlobalContext");
const kPostProcess = Symbol("postProcess");
const kRebase = Symbol("rebase");
const kReset = Symbol("reset");
const kRunYargsParserAndExecuteCommands = Symbol("runYargsParserAndExecuteCommands");
const kRunValidation = Symbol("runValidation");
const kSetHasOutput = Symbol("setHasOutput");
const kTrackManuallySetKeys = Symbol("kTrackManuallySetKeys");
const DEFAULT_LOCALE = "en_US";
var YargsInstance = class {
	constructor(processArgs = [], cwd, parentRequire, shim) {
		this.customScriptName = false;
		this.parsed = false;
		_YargsInstance_command.set(this, void 0);
		_YargsInstance_cwd.set(this, void 0);
		_YargsInstance_context.set(this, {
			commands: [],
			fullCommands: []
		});
		_YargsInstance_completion.set(this, null);
		_YargsInstance_completionCommand.set(this, null);
		_YargsInstance_defaultShowHiddenOpt.set(this, "show-hidden");
		_YargsInstance_exitError.set(this, null);
		_YargsInstance_detectLocale.set(this, true);
		_YargsInstance_emittedWarnings.set(this, {});
		_YargsInstance_exitProcess.set(this, true);
		_YargsInstance_frozens.set(this, []);
		_YargsInstance_globalMiddleware.set(this, void 0);
		_YargsInstance_groups.set(this, {});
		_YargsInstance_hasOutput.set(this, false);
		_YargsInstance_helpOpt.set(this, null);
		_YargsInstance_isGlobalContext.set(this, true);
		_YargsInstance_logger.set(this, void 0);
		_YargsInstance_output.set(this, "");
		_YargsInstance_options.set(this, void 0);
		_YargsInstance_parentRequire.set(this, void 0);
		_YargsInstance_parserConfig.set(this, {});
		_YargsInstance_parseFn.set(this, null);
		_YargsInstance_parseContext.set(this, null);
		_YargsInstance_pkgs.set(this, {});
		_YargsInstance_preservedGroups.set(this, {});
		_YargsInstance_processArgs.set(this, void 0);
		_YargsInstance_recommendCommands.set(this, false);
		_YargsInstance_shim.set(this, void 0);
		_YargsInstance_strict.set(this, false);
		_YargsInstance_strictCommands.set(this, false);
		_YargsInstance_strictOptions.set(this, false);
		_YargsInstance_usage.set(this, void 0);
		_YargsInstance_usageConfig.set(this, {});
		_YargsInstance_versionOpt.set(this, null);
		_YargsInstance_validation.set(this, void 0);
		__classPrivateFieldSet(this, _YargsInstance_shim, shim, "f");
		__classPrivateFieldSet(this, _YargsInstance_processArgs, processArgs, "f");
		__classPrivateFieldSet(this, _YargsInstance_cwd, cwd, "f");
		__classPrivateFieldSet(this, _YargsInstance_parentRequire, parentRequire, "f");
		__classPrivateFieldSet(this, _YargsInstance_globalMiddleware, new GlobalMiddleware(this), "f");
		this.$0 = this[kGetDollarZero]();
		this[kReset]();
		__classPrivateFieldSet(this, _YargsInstance_command, __classPrivateFieldGet(this, _YargsInstance_command, "f"), "f");
		__classPrivateFieldSet(this, _YargsInstance_usage, __classPrivateFieldGet(this, _YargsInstance_usage, "f"), "f");
		__classPrivateFieldSet(this, _YargsInstance_validation, __classPrivateFieldGet(this, _YargsInstance_validation, "f"), "f");
		__classPrivateFieldSet(this, _YargsInstance_options, __classPrivateFieldGet(this, _YargsInstance_options, "f"), "f");
		__classPrivateFieldGet(this, _YargsInstance_options, "f").showHiddenOpt = __classPrivateFieldGet(this, _YargsInstance_defaultShowHiddenOpt, "f");
		__classPrivateFieldSet(this, _YargsInstance_logger, this[kCreateLogger](), "f");
		__classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.setLocale(DEFAULT_LOCALE);
	}
	addHelpOpt(opt, msg) {
		const defaultHelpOpt = "help";
		argsert("[string|boolean] [string]", [opt, msg], arguments.length);
		if (__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f")) {
			this[kDeleteFromParserHintObject](__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f"));
			__classPrivateFieldSet(this, _YargsInstance_helpOpt, null, "f");
		}
		if (opt === false && msg === void 0) return this;
		__classPrivateFieldSet(this, _YargsInstance_helpOpt, typeof opt === "string" ? opt : defaultHelpOpt, "f");
		this.boolean(__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f"));
		this.describe(__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f"), msg || __classPrivateFieldGet(this, _YargsInstance_usage, "f").deferY18nLookup("Show help"));
		return this;
	}
	help(opt, msg) {
		return this.addHelpOpt(opt, msg);
	}
	addShowHiddenOpt(opt, msg) {
		argsert("[string|boolean] [string]", [opt, msg], arguments.length);
		if (opt === false && msg === void 0) return this;
		const showHiddenOpt = typeof opt === "string" ? opt : __classPrivateFieldGet(this, _YargsInstance_defaultShowHiddenOpt, "f");
		this.boolean(showHiddenOpt);
		this.describe(showHiddenOpt, msg || __classPrivateFieldGet(this, _YargsInstance_usage, "f").deferY18nLookup("Show hidden options"));
		__classPrivateFieldGet(this, _YargsInstance_options, "f").showHiddenOpt = showHiddenOpt;
		return this;
	}
	showHidden(opt, msg) {
		return this.addShowHiddenOpt(opt, msg);
	}
	alias(key, value) {
		argsert("<object|string|array> [string|array]", [key, value], arguments.length);
		this[kPopulateParserHintArrayDictionary](this.alias.bind(this), "alias", key, value);
		return this;
	}
	array(keys) {
		argsert("<array|string>", [keys], arguments.length);
		this[kPopulateParserHintArray]("array", keys);
		this[kTrackManuallySetKeys](keys);
		return this;
	}
	boolean(keys) {
		argsert("<array|string>", [keys], arguments.length);
		this[kPopulateParserHintArray]("boolean", keys);
		this[kTrackManuallySetKeys](keys);
		return this;
	}
	check(f, global) {
		argsert("<function> [boolean]", [f, global], arguments.length);
		this.middleware((argv, _yargs) => {
			return maybeAsyncResult(() => {
				return f(argv, _yargs.getOptions());
			}, (result) => {
				if (!result) __classPrivateFieldGet(this, _YargsInstance_usage, "f").fail(__classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.__("Argument check failed: %s", f.toString()));
				else if (typeof result === "string" || result instanceof Error) __classPrivateFieldGet(this, _YargsInstance_usage, "f").fail(result.toString(), result);
				return argv;
			}, (err) => {
				__classPrivateFieldGet(this, _YargsInstance_usage, "f").fail(err.message ? err.message : err.toString(), err);
				return argv;
			});
		}, false, global);
		return this;
	}
	choices(key, value) {
		argsert("<object|string|array> [string|array]", [key, value], arguments.length);
		this[kPopulateParserHintArrayDictionary](this.choices.bind(this), "choices", key, value);
		return this;
	}
	coerce(keys, value) {
		argsert("<object|string|array> [function]", [keys, value], arguments.length);
		if (Array.isArray(keys)) {
			if (!value) throw new YError("coerce callback must be provided");
			for (const key of keys) this.coerce(key, value);
			return this;
		} else if (typeof keys === "object") {
			for (const key of Object.keys(keys)) this.coerce(key, keys[key]);
			return this;
		}
		if (!value) throw new YError("coerce callback must be provided");
		const coerceKey = keys;
		__classPrivateFieldGet(this, _YargsInstance_options, "f").key[coerceKey] = true;
		__classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").addCoerceMiddleware((argv, yargs) => {
			var _a;
			const coerceKeyAliases = (_a = yargs.getAliases()[coerceKey]) !== null && _a !== void 0 ? _a : [];
			const argvKeys = [coerceKey, ...coerceKeyAliases].filter((key) => Object.prototype.hasOwnProperty.call(argv, key));
			if (argvKeys.length === 0) return argv;
			return maybeAsyncResult(() => {
				return value(argv[argvKeys[0]]);
			}, (result) => {
				argvKeys.forEach((key) => {
					argv[key] = result;
				});
				return argv;
			}, (err) => {
				throw new YError(err.message);
			});
		}, coerceKey);
		return this;
	}
	conflicts(key1, key2) {
		argsert("<string|object> [string|array]", [key1, key2], arguments.length);
		__classPrivateFieldGet(this, _YargsInstance_validation, "f").conflicts(key1, key2);
		return this;
	}
	config(key = "config", msg, parseFn) {
		argsert("[object|string] [string|function] [function]", [
			key,
			msg,
			parseFn
		], arguments.length);
		if (typeof key === "object" && !Array.isArray(key)) {
			key = applyExtends(key, __classPrivateFieldGet(this, _YargsInstance_cwd, "f"), this[kGetParserConfiguration]()["deep-merge-config"] || false, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
			__classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects = (__classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects || []).concat(key);
			return this;
		}
		if (typeof msg === "function") {
			parseFn = msg;
			msg = void 0;
		}
		this.describe(key, msg || __classPrivateFieldGet(this, _YargsInstance_usage, "f").deferY18nLookup("Path to JSON config file"));
		(Array.isArray(key) ? key : [key]).forEach((k) => {
			__classPrivateFieldGet(this, _YargsInstance_options, "f").config[k] = parseFn || true;
		});
		return this;
	}
	completion(cmd, desc, fn) {
		argsert("[string] [string|boolean|function] [function]", [
			cmd,
			desc,
			fn
		], arguments.length);
		if (typeof desc === "function") {
			fn = desc;
			desc = void 0;
		}
		__classPrivateFieldSet(this, _YargsInstance_completionCommand, cmd || __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f") || "completion", "f");
		if (!desc && desc !== false) desc = "generate completion script";
		this.command(__classPrivateFieldGet(this, _YargsInstance_completionCommand, "f"), desc);
		if (fn) __classPrivateFieldGet(this, _YargsInstance_completion, "f").registerFunction(fn);
		return this;
	}
	command(cmd, description, builder, handler, middlewares, deprecated) {
		argsert("<string|array|object> [string|boolean] [function|object] [function] [array] [boolean|string]", [
			cmd,
			description,
			builder,
			handler,
			middlewares,
			deprecated
		], arguments.length);
		__classPrivateFieldGet(this, _YargsInstance_command, "f").addHandler(cmd, description, builder, handler, middlewares, deprecated);
		return this;
	}
	commands(cmd, description, builder, handler, middlewares, deprecated) {
		return this.command(cmd, description, builder, handler, middlewares, deprecated);
	}
	commandDir(dir, opts) {
		argsert("<string> [object]", [dir, opts], arguments.length);
		const req = __classPrivateFieldGet(this, _YargsInstance_parentRequire, "f") || __classPrivateFieldGet(this, _YargsInstance_shim, "f").require;
		__classPrivateFieldGet(this, _YargsInstance_command, "f").addDirectory(dir, req, __classPrivateFieldGet(this, _YargsInstance_shim, "f").getCallerFile(), opts);
		return this;
	}
	count(keys) {
		argsert("<array|string>", [keys], arguments.length);
		this[kPopulateParserHintArray]("count", keys);
		this[kTrackManuallySetKeys](keys);
		return this;
	}
	default(key, value, defaultDescription) {
		argsert("<object|string|array> [*] [string]", [
			key,
			value,
			defaultDescription
		], arguments.length);
		if (defaultDescription) {
			assertSingleKey(key, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
			__classPrivateFieldGet(this, _YargsInstance_options, "f").defaultDescription[key] = defaultDescription;
		}
		if (typeof value === "function") {
			assertSingleKey(key, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
			if (!__classPrivateFieldGet(this, _YargsInstance_options, "f").defaultDescription[key]) __classPrivateFieldGet(this, _YargsInstance_options, "f").defaultDescription[key] = __classPrivateFieldGet(this, _YargsInstance_usage, "f").functionDescription(value);
			value = value.call();
		}
		this[kPopulateParserHintSingleValueDictionary](this.default.bind(this), "default", key, value);
		return this;
	}
	defaults(key, value, defaultDescription) {
		return this.default(key, value, defaultDescription);
	}
	demandCommand(min = 1, max, minMsg, maxMsg) {
		argsert("[number] [number|string] [string|null|undefined] [string|null|undefined]", [
			min,
			max,
			minMsg,
			maxMsg
		], arguments.length);
		if (typeof max !== "number") {
			minMsg = max;
			max = Infinity;
		}
		this.global("_", false);
		__classPrivateFieldGet(this, _YargsInstance_options, "f").demandedCommands._ = {
			min,
			max,
			minMsg,
			maxMsg
		};
		return this;
	}
	demand(keys, max, msg) {
		if (Array.isArray(max)) {
			max.forEach((key) => {
				assertNotStrictEqual(msg, true, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
				this.demandOption(key, msg);
			});
			max = Infinity;
		} else if (typeof max !== "number") {
			msg = max;
			max = Infinity;
		}
		if (typeof keys === "number") {
			assertNotStrictEqual(msg, true, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
			this.demandCommand(keys, max, msg, msg);
		} else if (Array.isArray(keys)) keys.forEach((key) => {
			assertNotStrictEqual(msg, true, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
			this.demandOption(key, msg);
		});
		else if (typeof msg === "string") this.demandOption(keys, msg);
		else if (msg === true || typeof msg === "undefined") this.demandOption(keys);
		return this;
	}
	demandOption(keys, msg) {
		argsert("<object|string|array> [string]", [keys, msg], arguments.length);
		this[kPopulateParserHintSingleValueDictionary](this.demandOption.bind(this), "demandedOptions", keys, msg);
		return this;
	}
	deprecateOption(option, message) {
		argsert("<string> [string|boolean]", [option, message], arguments.length);
		__classPrivateFieldGet(this, _YargsInstance_options, "f").deprecatedOptions[option] = message;
		return this;
	}
	describe(keys, description) {
		argsert("<object|string|array> [string]", [keys, description], arguments.length);
		this[kSetKey](keys, true);
		__classPrivateFieldGet(this, _YargsInstance_usage, "f").describe(keys, description);
		return this;
	}
	detectLocale(detect) {
		argsert("<boolean>", [detect], arguments.length);
		__classPrivateFieldSet(this, _YargsInstance_detectLocale, detect, "f");
		return this;
	}
	env(prefix) {
		argsert("[string|boolean]", [prefix], arguments.length);
		if (prefix === false) delete __classPrivateFieldGet(this, _YargsInstance_options, "f").envPrefix;
		else __classPrivateFieldGet(this, _YargsInstance_options, "f").envPrefix = prefix || "";
		return this;
	}
	epilogue(msg) {
		argsert("<string>", [msg], arguments.length);
		__classPrivateFieldGet(this, _YargsInstance_usage, "f").epilog(msg);
		return this;
	}
	epilog(msg) {
		return this.epilogue(msg);
	}
	example(cmd, description) {
		argsert("<string|array> [string]", [cmd, description], arguments.length);
		if (Array.isArray(cmd)) cmd.forEach((exampleParams) => this.example(...exampleParams));
		else __classPrivateFieldGet(this, _YargsInstance_usage, "f").example(cmd, description);
		return this;
	}
	exit(code, err) {
		__classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
		__classPrivateFieldSet(this, _YargsInstance_exitError, err, "f");
		if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f")) __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.exit(code);
	}
	exitProcess(enabled = true) {
		argsert("[boolean]", [enabled], arguments.length);
		__classPrivateFieldSet(this, _YargsInstance_exitProcess, enabled, "f");
		return this;
	}
	fail(f) {
		argsert("<function|boolean>", [f], arguments.length);
		if (typeof f === "boolean" && f !== false) throw new YError("Invalid first argument. Expected function or boolean 'false'");
		__classPrivateFieldGet(this, _YargsInstance_usage, "f").failFn(f);
		return this;
	}
	getAliases() {
		return this.parsed ? this.parsed.aliases : {};
	}
	async getCompletion(args, done) {
		argsert("<array> [function]", [args, done], arguments.length);
		if (!done) return new Promise((resolve, reject) => {
			__classPrivateFieldGet(this, _YargsInstance_completion, "f").getCompletion(args, (err, completions) => {
				if (err) reject(err);
				else resolve(completions);
			});
		});
		else return __classPrivateFieldGet(this, _YargsInstance_completion, "f").getCompletion(args, done);
	}
	getDemandedOptions() {
		argsert([], 0);
		return __classPrivateFieldGet(this, _YargsInstance_options, "f").demandedOptions;
	}
	getDemandedCommands() {
		argsert([], 0);
		return __classPrivateFieldGet(this, _YargsInstance_options, "f").demandedCommands;
	}
	getDeprecatedOptions() {
		argsert([], 0);
		return __classPrivateFieldGet(this, _YargsInstance_options, "f").deprecatedOptions;
	}
	getDetectLocale() {
		return __classPrivateFieldGet(this, _YargsInstance_detectLocale, "f");
	}
	getExitProcess() {
		return __classPrivateFieldGet(this, _YargsInstance_exitProcess, "f");
	}
	getGroups() {
		return Object.assign({}, __classPrivateFieldGet(this, _YargsInstance_groups, "f"), __classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f"));
	}
	getHelp() {
		__classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
		if (!__classPrivateFieldGet(this, _YargsInstance_usage, "f").hasCachedHelpMessage()) {
			if (!this.parsed) {
				const parse = this[kRunYargsParserAndExecuteCommands](__classPrivateFieldGet(this, _YargsInstance_processArgs, "f"), void 0, void 0, 0, true);
				if (isPromise(parse)) return parse.then(() => {
					return __classPrivateFieldGet(this, _YargsInstance_usage, "f").help();
				});
			}
			const builderResponse = __classPrivateFieldGet(this, _YargsInstance_command, "f").runDefaultBuilderOn(this);
			if (isPromise(builderResponse)) return builderResponse.then(() => {
				return __classPrivateFieldGet(this, _YargsInstance_usage, "f").help();
			});
		}
		return Promise.resolve(__classPrivateFieldGet(this, _YargsInstance_usage, "f").help());
	}
	getOptions() {
		return __classPrivateFieldGet(this, _YargsInstance_options, "f");
	}
	getStrict() {
		return __classPrivateFieldGet(this, _YargsInstance_strict, "f");
	}
	getStrictCommands() {
		return __classPrivateFieldGet(this, _YargsInstance_strictCommands, "f");
	}
	getStrictOptions() {
		return __classPrivateFieldGet(this, _YargsInstance_strictOptions, "f");
	}
	global(globals, global) {
		argsert("<string|array> [boolean]", [globals, global], arguments.length);
		globals = [].concat(globals);
		if (global !== false) __classPrivateFieldGet(this, _YargsInstance_options, "f").local = __classPrivateFieldGet(this, _YargsInstance_options, "f").local.filter((l) => globals.indexOf(l) === -1);
		else globals.forEach((g) => {
			if (!__classPrivateFieldGet(this, _YargsInstance_options, "f").local.includes(g)) __classPrivateFieldGet(this, _YargsInstance_options, "f").local.push(g);
		});
		return this;
	}
	group(opts, groupName) {
		argsert("<string|array> <string>", [opts, groupName], arguments.length);
		const existing = __classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f")[groupName] || __classPrivateFieldGet(this, _YargsInstance_groups, "f")[groupName];
		if (__classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f")[groupName]) delete __classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f")[groupName];
		const seen = {};
		__classPrivateFieldGet(this, _YargsInstance_groups, "f")[groupName] = (existing || []).concat(opts).filter((key) => {
			if (seen[key]) return false;
			return seen[key] = true;
		});
		return this;
	}
	hide(key) {
		argsert("<string>", [key], arguments.length);
		__classPrivateFieldGet(this, _YargsInstance_options, "f").hiddenOptions.push(key);
		return this;
	}
	implies(key, value) {
		argsert("<string|object> [number|string|array]", [key, value], arguments.length);
		__classPrivateFieldGet(this, _YargsInstance_validation, "f").implies(key, value);
		return this;
	}
	locale(locale) {
		argsert("[string]", [locale], arguments.length);
		if (locale === void 0) {
			this[kGuessLocale]();
			return __classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.getLocale();
		}
		__classPrivateFieldSet(this, _YargsInstance_detectLocale, false, "f");
		__classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.setLocale(locale);
		return this;
	}
	middleware(callback, applyBeforeValidation, global) {
		return __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").addMiddleware(callback, !!applyBeforeValidation, global);
	}
	nargs(key, value) {
		argsert("<string|object|array> [number]", [key, value], arguments.length);
		this[kPopulateParserHintSingleValueDictionary](this.nargs.bind(this), "narg", key, value);
		return this;
	}
	normalize(keys) {
		argsert("<array|string>", [keys], arguments.length);
		this[kPopulateParserHintArray]("normalize", keys);
		return this;
	}
	number(keys) {
		argsert("<array|string>", [keys], arguments.length);
		this[kPopulateParserHintArray]("number", keys);
		this[kTrackManuallySetKeys](keys);
		return this;
	}
	option(key, opt) {
		argsert("<string|object> [object]", [key, opt], arguments.length);
		if (typeof key === "object") Object.keys(key).forEach((k) => {
			this.options(k, key[k]);
		});
		else {
			if (typeof opt !== "object") opt = {};
			this[kTrackManuallySetKeys](key);
			if (__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f") && (key === "version" || (opt === null || opt === void 0 ? void 0 : opt.alias) === "version")) this[kEmitWarning]([
				"\"version\" is a reserved word.",
				"Please do one of the following:",
				"- Disable version with `yargs.version(false)` if using \"version\" as an option",
				"- Use the built-in `yargs.version` method instead (if applicable)",
				"- Use a different option key",
				"https://yargs.js.org/docs/#api-reference-version"
			].join("\n"), void 0, "versionWarning");
			__classPrivateFieldGet(this, _YargsInstance_options, "f").key[key] = true;
			if (opt.alias) this.alias(key, opt.alias);
			const deprecate = opt.deprecate || opt.deprecated;
			if (deprecate) this.deprecateOption(key, deprecate);
			const demand = opt.demand || opt.required || opt.require;
			if (demand) this.demand(key, demand);
			if (opt.demandOption) this.demandOption(key, typeof opt.demandOption === "string" ? opt.demandOption : void 0);
			if (opt.conflicts) this.conflicts(key, opt.conflicts);
			if ("default" in opt) this.default(key, opt.default);
			if (opt.implies !== void 0) this.implies(key, opt.implies);
			if (opt.nargs !== void 0) this.nargs(key, opt.nargs);
			if (opt.config) this.config(key, opt.configParser);
			if (opt.normalize) this.normalize(key);
			if (opt.choices) this.choices(key, opt.choices);
			if (opt.coerce) this.coerce(key, opt.coerce);
			if (opt.group) this.group(key, opt.group);
			if (opt.boolean || opt.type === "boolean") {
				this.boolean(key);
				if (opt.alias) this.boolean(opt.alias);
			}
			if (opt.array || opt.type === "array") {
				this.array(key);
				if (opt.alias) this.array(opt.alias);
			}
			if (opt.number || opt.type === "number") {
				this.number(key);
				if (opt.alias) this.number(opt.alias);
			}
			if (opt.string || opt.type === "string") {
				this.string(key);
				if (opt.alias) this.string(opt.alias);
			}
			if (opt.count || opt.type === "count") this.count(key);
			if (typeof opt.global === "boolean") this.global(key, opt.global);
			if (opt.defaultDescription) __classPrivateFieldGet(this, _YargsInstance_options, "f").defaultDescription[key] = opt.defaultDescription;
			if (opt.skipValidation) this.skipValidation(key);
			const desc = opt.describe || opt.description || opt.desc;
			const descriptions = __classPrivateFieldGet(this, _YargsInstance_usage, "f").getDescriptions();
			if (!Object.prototype.hasOwnProperty.call(descriptions, key) || typeof desc === "string") this.describe(key, desc);
			if (opt.hidden) this.hide(key);
			if (opt.requiresArg) this.requiresArg(key);
		}
		return this;
	}
	options(key, opt) {
		return this.option(key, opt);
	}
	parse(args, shortCircuit, _parseFn) {
		argsert("[string|array] [function|boolean|object] [function]", [
			args,
			shortCircuit,
			_parseFn
		], arguments.length);
		this[kFreeze]();
		if (typeof args === "undefined") args = __classPrivateFieldGet(this, _YargsInstance_processArgs, "f");
		if (typeof shortCircuit === "object") {
			__classPrivateFieldSet(this, _YargsInstance_parseContext, shortCircuit, "f");
			shortCircuit = _parseFn;
		}
		if (typeof shortCircuit === "function") {
			__classPrivateFieldSet(this, _YargsInstance_parseFn, shortCircuit, "f");
			shortCircuit = false;
		}
		if (!shortCircuit) __classPrivateFieldSet(this, _YargsInstance_processArgs, args, "f");
		if (__classPrivateFieldGet(this, _YargsInstance_parseFn, "f")) __classPrivateFieldSet(this, _YargsInstance_exitProcess, false, "f");
		const parsed = this[kRunYargsParserAndExecuteCommands](args, !!shortCircuit);
		const tmpParsed = this.parsed;
		__classPrivateFieldGet(this, _YargsInstance_completion, "f").setParsed(this.parsed);
		if (isPromise(parsed)) return parsed.then((argv) => {
			if (__classPrivateFieldGet(this, _YargsInstance_parseFn, "f")) __classPrivateFieldGet(this, _YargsInstance_parseFn, "f").call(this, __classPrivateFieldGet(this, _YargsInstance_exitError, "f"), argv, __classPrivateFieldGet(this, _YargsInstance_output, "f"));
			return argv;
		}).catch((err) => {
			if (__classPrivateFieldGet(this, _YargsInstance_parseFn, "f")) __classPrivateFieldGet(this, _YargsInstance_parseFn, "f")(err, this.parsed.argv, __classPrivateFieldGet(this, _YargsInstance_output, "f"));
			throw err;
		}).finally(() => {
			this[kUnfreeze]();
			this.parsed = tmpParsed;
		});
		else {
			if (__classPrivateFieldGet(this, _YargsInstance_parseFn, "f")) __classPrivateFieldGet(this, _YargsInstance_parseFn, "f").call(this, __classPrivateFieldGet(this, _YargsInstance_exitError, "f"), parsed, __classPrivateFieldGet(this, _YargsInstance_output, "f"));
			this[kUnfreeze]();
			this.parsed = tmpParsed;
		}
		return parsed;
	}
	parseAsync(args, shortCircuit, _parseFn) {
		const maybePromise = this.parse(args, shortCircuit, _parseFn);
		return !isPromise(maybePromise) ? Promise.resolve(maybePromise) : maybePromise;
	}
	parseSync(args, shortCircuit, _parseFn) {
		const maybePromise = this.parse(args, shortCircuit, _parseFn);
		if (isPromise(maybePromise)) throw new YError(".parseSync() must not be used with asynchronous builders, handlers, or middleware");
		return maybePromise;
	}
	parserConfiguration(config) {
		argsert("<object>", [config], arguments.length);
		__classPrivateFieldSet(this, _YargsInstance_parserConfig, config, "f");
		return this;
	}
	pkgConf(key, rootPath) {
		argsert("<string> [string]", [key, rootPath], arguments.length);
		let conf = null;
		const obj = this[kPkgUp](rootPath || __classPrivateFieldGet(this, _YargsInstance_cwd, "f"));
		if (obj[key] && typeof obj[key] === "object") {
			conf = applyExtends(obj[key], rootPath || __classPrivateFieldGet(this, _YargsInstance_cwd, "f"), this[kGetParserConfiguration]()["deep-merge-config"] || false, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
			__classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects = (__classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects || []).concat(conf);
		}
		return this;
	}
	positional(key, opts) {
		argsert("<string> <object>", [key, opts], arguments.length);
		const supportedOpts = [
			"default",
			"defaultDescription",
			"implies",
			"normalize",
			"choices",
			"conflicts",
			"coerce",
			"type",
			"describe",
			"desc",
			"description",
			"alias"
		];
		opts = objFilter(opts, (k, v) => {
			if (k === "type" && ![
				"string",
				"number",
				"boolean"
			].includes(v)) return false;
			return supportedOpts.includes(k);
		});
		const fullCommand = __classPrivateFieldGet(this, _YargsInstance_context, "f").fullCommands[__classPrivateFieldGet(this, _YargsInstance_context, "f").fullCommands.length - 1];
		const parseOptions = fullCommand ? __classPrivateFieldGet(this, _YargsInstance_command, "f").cmdToParseOptions(fullCommand) : {
			array: [],
			alias: {},
			default: {},
			demand: {}
		};
		objectKeys(parseOptions).forEach((pk) => {
			const parseOption = parseOptions[pk];
			if (Array.isArray(parseOption)) {
				if (parseOption.indexOf(key) !== -1) opts[pk] = true;
			} else if (parseOption[key] && !(pk in opts)) opts[pk] = parseOption[key];
		});
		this.group(key, __classPrivateFieldGet(this, _YargsInstance_usage, "f").getPositionalGroupName());
		return this.option(key, opts);
	}
	recommendCommands(recommend = true) {
		argsert("[boolean]", [recommend], arguments.length);
		__classPrivateFieldSet(this, _YargsInstance_recommendCommands, recommend, "f");
		return this;
	}
	required(keys, max, msg) {
		return this.demand(keys, max, msg);
	}
	require(keys, max, msg) {
		return this.demand(keys, max, msg);
	}
	requiresArg(keys) {
		argsert("<array|string|object> [number]", [keys], arguments.length);
		if (typeof keys === "string" && __classPrivateFieldGet(this, _YargsInstance_options, "f").narg[keys]) return this;
		else this[kPopulateParserHintSingleValueDictionary](this.requiresArg.bind(this), "narg", keys, NaN);
		return this;
	}
	showCompletionScript($0, cmd) {
		argsert("[string] [string]", [$0, cmd], arguments.length);
		$0 = $0 || this.$0;
		__classPrivateFieldGet(this, _YargsInstance_logger, "f").log(__classPrivateFieldGet(this, _YargsInstance_completion, "f").generateCompletionScript($0, cmd || __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f") || "completion"));
		return this;
	}
	showHelp(level) {
		argsert("[string|function]", [level], arguments.length);
		__classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
		if (!__classPrivateFieldGet(this, _YargsInstance_usage, "f").hasCachedHelpMessage()) {
			if (!this.parsed) {
				const parse = this[kRunYargsParserAndExecuteCommands](__classPrivateFieldGet(this, _YargsInstance_processArgs, "f"), void 0, void 0, 0, true);
				if (isPromise(parse)) {
					parse.then(() => {
						__classPrivateFieldGet(this, _YargsInstance_usage, "f").showHelp(level);
					});
					return this;
				}
			}
			const builderResponse = __classPrivateFieldGet(this, _YargsInstance_command, "f").runDefaultBuilderOn(this);
			if (isPromise(builderResponse)) {
				builderResponse.then(() => {
					__classPrivateFieldGet(this, _YargsInstance_usage, "f").showHelp(level);
				});
				return this;
			}
		}
		__classPrivateFieldGet(this, _YargsInstance_usage, "f").showHelp(level);
		return this;
	}
	scriptName(scriptName) {
		this.customScriptName = true;
		this.$0 = scriptName;
		return this;
	}
	showHelpOnFail(enabled, message) {
		argsert("[boolean|string] [string]", [enabled, message], arguments.length);
		__classPrivateFieldGet(this, _YargsInstance_usage, "f").showHelpOnFail(enabled, message);
		return this;
	}
	showVersion(level) {
		argsert("[string|function]", [level], arguments.length);
		__classPrivateFieldGet(this, _YargsInstance_usage, "f").showVersion(level);
		return this;
	}
	skipValidation(keys) {
		argsert("<array|string>", [keys], arguments.length);
		this[kPopulateParserHintArray]("skipValidation", keys);
		return this;
	}
	strict(enabled) {
		argsert("[boolean]", [enabled], arguments.length);
		__classPrivateFieldSet(this, _YargsInstance_strict, enabled !== false, "f");
		return this;
	}
	strictCommands(enabled) {
		argsert("[boolean]", [enabled], arguments.length);
		__classPrivateFieldSet(this, _YargsInstance_strictCommands, enabled !== false, "f");
		return this;
	}
	strictOptions(enabled) {
		argsert("[boolean]", [enabled], arguments.length);
		__classPrivateFieldSet(this, _YargsInstance_strictOptions, enabled !== false, "f");
		return this;
	}
	string(keys) {
		argsert("<array|string>", [keys], arguments.length);
		this[kPopulateParserHintArray]("string", keys);
		this[kTrackManuallySetKeys](keys);
		return this;
	}
	terminalWidth() {
		argsert([], 0);
		return __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.stdColumns;
	}
	updateLocale(obj) {
		return this.updateStrings(obj);
	}
	updateStrings(obj) {
		argsert("<object>", [obj], arguments.length);
		__classPrivateFieldSet(this, _YargsInstance_detectLocale, false, "f");
		__classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.updateLocale(obj);
		return this;
	}
	usage(msg, description, builder, handler) {
		argsert("<string|null|undefined> [string|boolean] [function|object] [function]", [
			msg,
			description,
			builder,
			handler
		], arguments.length);
		if (description !== void 0) {
			assertNotStrictEqual(msg, null, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
			if ((msg || "").match(/^\$0( |$)/)) return this.command(msg, description, builder, handler);
			else throw new YError(".usage() description must start with $0 if being used as alias for .command()");
		} else {
			__classPrivateFieldGet(this, _YargsInstance_usage, "f").usage(msg);
			return this;
		}
	}
	usageConfiguration(config) {
		argsert("<object>", [config], arguments.length);
		__classPrivateFieldSet(this, _YargsInstance_usageConfig, config, "f");
		return this;
	}
	version(opt, msg, ver) {
		const defaultVersionOpt = "version";
		argsert("[boolean|string] [string] [string]", [
			opt,
			msg,
			ver
		], arguments.length);
		if (__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f")) {
			this[kDeleteFromParserHintObject](__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f"));
			__classPrivateFieldGet(this, _YargsInstance_usage, "f").version(void 0);
			__classPrivateFieldSet(this, _YargsInstance_versionOpt, null, "f");
		}
		if (arguments.length === 0) {
			ver = this[kGuessVersion]();
			opt = defaultVersionOpt;
		} else if (arguments.length === 1) {
			if (opt === false) return this;
			ver = opt;
			opt = defaultVersionOpt;
		} else if (arguments.length === 2) {
			ver = msg;
			msg = void 0;
		}
		__classPrivateFieldSet(this, _YargsInstance_versionOpt, typeof opt === "string" ? opt : defaultVersionOpt, "f");
		msg = msg || __classPrivateFieldGet(this, _YargsInstance_usage, "f").deferY18nLookup("Show version number");
		__classPrivateFieldGet(this, _YargsInstance_usage, "f").version(ver || void 0);
		this.boolean(__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f"));
		this.describe(__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f"), msg);
		return this;
	}
	wrap(cols) {
		argsert("<number|null|undefined>", [cols], arguments.length);
		__classPrivateFieldGet(this, _YargsInstance_usage, "f").wrap(cols);
		return this;
	}
	[(_YargsInstance_command = /* @__PURE__ */ new WeakMap(), _YargsInstance_cwd = /* @__PURE__ */ new WeakMap(), _YargsInstance_context = /* @__PURE__ */ new WeakMap(), _YargsInstance_completion = /* @__PURE__ */ new WeakMap(), _YargsInstance_completionCommand = /* @__PURE__ */ new WeakMap(), _YargsInstance_defaultShowHiddenOpt = /* @__PURE__ */ new WeakMap(), _YargsInstance_exitError = /* @__PURE__ */ new WeakMap(), _YargsInstance_detectLocale = /* @__PURE__ */ new WeakMap(), _YargsInstance_emittedWarnings = /* @__PURE__ */ new WeakMap(), _YargsInstance_exitProcess = /* @__PURE__ */ new WeakMap(), _YargsInstance_frozens = /* @__PURE__ */ new WeakMap(), _YargsInstance_globalMiddleware = /* @__PURE__ */ new WeakMap(), _YargsInstance_groups = /* @__PURE__ */ new WeakMap(), _YargsInstance_hasOutput = /* @__PURE__ */ new WeakMap(), _YargsInstance_helpOpt = /* @__PURE__ */ new WeakMap(), _YargsInstance_isGlobalContext = /* @__PURE__ */ new WeakMap(), _YargsInstance_logger = /* @__PURE__ */ new WeakMap(), _YargsInstance_output = /* @__PURE__ */ new WeakMap(), _YargsInstance_options = /* @__PURE__ */ new WeakMap(), _YargsInstance_parentRequire = /* @__PURE__ */ new WeakMap(), _YargsInstance_parserConfig = /* @__PURE__ */ new WeakMap(), _YargsInstance_parseFn = /* @__PURE__ */ new WeakMap(), _YargsInstance_parseContext = /* @__PURE__ */ new WeakMap(), _YargsInstance_pkgs = /* @__PURE__ */ new WeakMap(), _YargsInstance_preservedGroups = /* @__PURE__ */ new WeakMap(), _YargsInstance_processArgs = /* @__PURE__ */ new WeakMap(), _YargsInstance_recommendCommands = /* @__PURE__ */ new WeakMap(), _YargsInstance_shim = /* @__PURE__ */ new WeakMap(), _YargsInstance_strict = /* @__PURE__ */ new WeakMap(), _YargsInstance_strictCommands = /* @__PURE__ */ new WeakMap(), _YargsInstance_strictOptions = /* @__PURE__ */ new WeakMap(), _YargsInstance_usage = /* @__PURE__ */ new WeakMap(), _YargsInstance_usageConfig = /* @__PURE__ */ new WeakMap(), _YargsInstance_versionOpt = /* @__PURE__ */ new WeakMap(), _YargsInstance_validation = /* @__PURE__ */ new WeakMap(), kCopyDoubleDash)](argv) {
		if (!argv._ || !argv["--"]) return argv;
		argv._.push.apply(argv._, argv["--"]);
		try {
			delete argv["--"];
		} catch (_err) {}
		return argv;
	}
	[kCreateLogger]() {
		return {
			log: (...args) => {
				if (!this[kHasParseCallback]()) console.log(...args);
				__classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
				if (__classPrivateFieldGet(this, _YargsInstance_output, "f").length) __classPrivateFieldSet(this, _YargsInstance_output, __classPrivateFieldGet(this, _YargsInstance_output, "f") + "\n", "f");
				__classPrivateFieldSet(this, _YargsInstance_output, __classPrivateFieldGet(this, _YargsInstance_output, "f") + args.join(" "), "f");
			},
			error: (...args) => {
				if (!this[kHasParseCallback]()) console.error(...args);
				__classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
				if (__classPrivateFieldGet(this, _YargsInstance_output, "f").length) __classPrivateFieldSet(this, _YargsInstance_output, __classPrivateFieldGet(this, _YargsInstance_output, "f") + "\n", "f");
				__classPrivateFieldSet(this, _YargsInstance_output, __classPrivateFieldGet(this, _YargsInstance_output, "f") + args.join(" "), "f");
			}
		};
	}
	[kDeleteFromParserHintObject](optionKey) {
		objectKeys(__classPrivateFieldGet(this, _YargsInstance_options, "f")).forEach((hintKey) => {
			if (((key) => key === "configObjects")(hintKey)) return;
			const hint = __classPrivateFieldGet(this, _YargsInstance_options, "f")[hintKey];
			if (Array.isArray(hint)) {
				if (hint.includes(optionKey)) hint.splice(hint.indexOf(optionKey), 1);
			} else if (typeof hint === "object") delete hint[optionKey];
		});
		delete __classPrivateFieldGet(this, _YargsInstance_usage, "f").getDescriptions()[optionKey];
	}
	[kEmitWarning](warning, type, deduplicationId) {
		if (!__classPrivateFieldGet(this, _YargsInstance_emittedWarnings, "f")[deduplicationId]) {
			__classPrivateFieldGet(this, _YargsInstance_shim, "f").process.emitWarning(warning, type);
			__classPrivateFieldGet(this, _YargsInstance_emittedWarnings, "f")[deduplicationId] = true;
		}
	}
	[kFreeze]() {
		__classPrivateFieldGet(this, _YargsInstance_frozens, "f").push({
			options: __classPrivateFieldGet(this, _YargsInstance_options, "f"),
			configObjects: __classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects.slice(0),
			exitProcess: __classPrivateFieldGet(this, _YargsInstance_exitProcess, "f"),
			groups: __classPrivateFieldGet(this, _YargsInstance_groups, "f"),
			strict: __classPrivateFieldGet(this, _YargsInstance_strict, "f"),
			strictCommands: __classPrivateFieldGet(this, _YargsInstance_strictCommands, "f"),
			strictOptions: __classPrivateFieldGet(this, _YargsInstance_strictOptions, "f"),
			completionCommand: __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f"),
			output: __classPrivateFieldGet(this, _YargsInstance_output, "f"),
			exitError: __classPrivateFieldGet(this, _YargsInstance_exitError, "f"),
			hasOutput: __classPrivateFieldGet(this, _YargsInstance_hasOutput, "f"),
			parsed: this.parsed,
			parseFn: __classPrivateFieldGet(this, _YargsInstance_parseFn, "f"),
			parseContext: __classPrivateFieldGet(this, _YargsInstance_parseContext, "f")
		});
		__classPrivateFieldGet(this, _YargsInstance_usage, "f").freeze();
		__classPrivateFieldGet(this, _YargsInstance_validation, "f").freeze();
		__classPrivateFieldGet(this, _YargsInstance_command, "f").freeze();
		__classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").freeze();
	}
	[kGetDollarZero]() {
		let $0 = "";
		let default$0;
		if (/\b(node|iojs|electron|bun)(\.exe)?$/.test(__classPrivateFieldGet(this, _YargsInstance_shim, "f").process.argv()[0])) default$0 = __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.argv().slice(1, 2);
		else default$0 = __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.argv().slice(0, 1);
		$0 = default$0.map((x) => {
			const b = this[kRebase](__classPrivateFieldGet(this, _YargsInstance_cwd, "f"), x);
			return x.match(/^(\/|([a-zA-Z]:)?\\)/) && b.length < x.length ? b : x;
		}).join(" ").trim();
		if (__classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("_") && __classPrivateFieldGet(this, _YargsInstance_shim, "f").getProcessArgvBin() === __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("_")) $0 = __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("_").replace(`${__classPrivateFieldGet(this, _YargsInstance_shim, "f").path.dirname(__classPrivateFieldGet(this, _YargsInstance_shim, "f").process.execPath())}/`, "");
		return $0;
	}
	[kGetParserConfiguration]() {
		return __classPrivateFieldGet(this, _YargsInstance_parserConfig, "f");
	}
	[kGetUsageConfiguration]() {
		return __classPrivateFieldGet(this, _YargsInstance_usageConfig, "f");
	}
	[kGuessLocale]() {
		if (!__classPrivateFieldGet(this, _YargsInstance_detectLocale, "f")) return;
		const locale = __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("LC_ALL") || __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("LC_MESSAGES") || __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("LANG") || __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("LANGUAGE") || "en_US";
		this.locale(locale.replace(/[.:].*/, ""));
	}
	[kGuessVersion]() {
		return this[kPkgUp]().version || "unknown";
	}
	[kParsePositionalNumbers](argv) {
		const args = argv["--"] ? argv["--"] : argv._;
		for (let i = 0, arg; (arg = args[i]) !== void 0; i++) if (__classPrivateFieldGet(this, _YargsInstance_shim, "f").Parser.looksLikeNumber(arg) && Number.isSafeInteger(Math.floor(parseFloat(`${arg}`)))) args[i] = Number(arg);
		return argv;
	}
	[kPkgUp](rootPath) {
		const npath = rootPath || "*";
		if (__classPrivateFieldGet(this, _YargsInstance_pkgs, "f")[npath]) return __classPrivateFieldGet(this, _YargsInstance_pkgs, "f")[npath];
		let obj = {};
		try {
			let startDir = rootPath || __classPrivateFieldGet(this, _YargsInstance_shim, "f").mainFilename;
			if (__classPrivateFieldGet(this, _YargsInstance_shim, "f").path.extname(startDir)) startDir = __classPrivateFieldGet(this, _YargsInstance_shim, "f").path.dirname(startDir);
			const pkgJsonPath = __classPrivateFieldGet(this, _YargsInstance_shim, "f").findUp(startDir, (dir, names) => {
				if (names.includes("package.json")) return "package.json";
				else return;
			});
			assertNotStrictEqual(pkgJsonPath, void 0, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
			obj = JSON.parse(__classPrivateFieldGet(this, _YargsInstance_shim, "f").readFileSync(pkgJsonPath, "utf8"));
		} catch (_noop) {}
		__classPrivateFieldGet(this, _YargsInstance_pkgs, "f")[npath] = obj || {};
		return __classPrivateFieldGet(this, _YargsInstance_pkgs, "f")[npath];
	}
	[kPopulateParserHintArray](type, keys) {
		keys = [].concat(keys);
		keys.forEach((key) => {
			key = this[kSanitizeKey](key);
			__classPrivateFieldGet(this, _YargsInstance_options, "f")[type].push(key);
		});
	}
	[kPopulateParserHintSingleValueDictionary](builder, type, key, value) {
		this[kPopulateParserHintDictionary](builder, type, key, value, (type, key, value) => {
			__classPrivateFieldGet(this, _YargsInstance_options, "f")[type][key] = value;
		});
	}
	[kPopulateParserHintArrayDictionary](builder, type, key, value) {
		this[kPopulateParserHintDictionary](builder, type, key, value, (type, key, value) => {
			__classPrivateFieldGet(this, _YargsInstance_options, "f")[type][key] = (__classPrivateFieldGet(this, _YargsInstance_options, "f")[type][key] || []).concat(value);
		});
	}
	[kPopulateParserHintDictionary](builder, type, key, value, singleKeyHandler) {
		if (Array.isArray(key)) key.forEach((k) => {
			builder(k, value);
		});
		else if (((key) => typeof key === "object")(key)) for (const k of objectKeys(key)) builder(k, key[k]);
		else singleKeyHandler(type, this[kSanitizeKey](key), value);
	}
	[kSanitizeKey](key) {
		if (key === "__proto__") return "___proto___";
		return key;
	}
	[kSetKey](key, set) {
		this[kPopulateParserHintSingleValueDictionary](this[kSetKey].bind(this), "key", key, set);
		return this;
	}
	[kUnfreeze]() {
		var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m;
		const frozen = __classPrivateFieldGet(this, _YargsInstance_frozens, "f").pop();
		assertNotStrictEqual(frozen, void 0, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
		let configObjects;
		_a = this, _b = this, _c = this, _d = this, _e = this, _f = this, _g = this, _h = this, _j = this, _k = this, _l = this, _m = this, {options: { set value(_o) {
			__classPrivateFieldSet(_a, _YargsInstance_options, _o, "f");
		} }.value, configObjects, exitProcess: { set value(_o) {
			__classPrivateFieldSet(_b, _YargsInstance_exitProcess, _o, "f");
		} }.value, groups: { set value(_o) {
			__classPrivateFieldSet(_c, _YargsInstance_groups, _o, "f");
		} }.value, output: { set value(_o) {
			__classPrivateFieldSet(_d, _YargsInstance_output, _o, "f");
		} }.value, exitError: { set value(_o) {
			__classPrivateFieldSet(_e, _YargsInstance_exitError, _o, "f");
		} }.value, hasOutput: { set value(_o) {
			__classPrivateFieldSet(_f, _YargsInstance_hasOutput, _o, "f");
		} }.value, parsed: this.parsed, strict: { set value(_o) {
			__classPrivateFieldSet(_g, _YargsInstance_strict, _o, "f");
		} }.value, strictCommands: { set value(_o) {
			__classPrivateFieldSet(_h, _YargsInstance_strictCommands, _o, "f");
		} }.value, strictOptions: { set value(_o) {
			__classPrivateFieldSet(_j, _YargsInstance_strictOptions, _o, "f");
		} }.value, completionCommand: { set value(_o) {
			__classPrivateFieldSet(_k, _YargsInstance_completionCommand, _o, "f");
		} }.value, parseFn: { set value(_o) {
			__classPrivateFieldSet(_l, _YargsInstance_parseFn, _o, "f");
		} }.value, parseContext: { set value(_o) {
			__classPrivateFieldSet(_m, _YargsInstance_parseContext, _o, "f");
		} }.value} = frozen;
		__classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects = configObjects;
		__classPrivateFieldGet(this, _YargsInstance_usage, "f").unfreeze();
		__classPrivateFieldGet(this, _YargsInstance_validation, "f").unfreeze();
		__classPrivateFieldGet(this, _YargsInstance_command, "f").unfreeze();
		__classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").unfreeze();
	}
	[kValidateAsync](validation, argv) {
		return maybeAsyncResult(argv, (result) => {
			validation(result);
			return result;
		});
	}
	getInternalMethods() {
		return {
			getCommandInstance: this[kGetCommandInstance].bind(this),
			getContext: this[kGetContext].bind(this),
			getHasOutput: this[kGetHasOutput].bind(this),
			getLoggerInstance: this[kGetLoggerInstance].bind(this),
			getParseContext: this[kGetParseContext].bind(this),
			getParserConfiguration: this[kGetParserConfiguration].bind(this),
			getUsageConfiguration: this[kGetUsageConfiguration].bind(this),
			getUsageInstance: this[kGetUsageInstance].bind(this),
			getValidationInstance: this[kGetValidationInstance].bind(this),
			hasParseCallback: this[kHasParseCallback].bind(this),
			isGlobalContext: this[kIsGlobalContext].bind(this),
			postProcess: this[kPostProcess].bind(this),
			reset: this[kReset].bind(this),
			runValidation: this[kRunValidation].bind(this),
			runYargsParserAndExecuteCommands: this[kRunYargsParserAndExecuteCommands].bind(this),
			setHasOutput: this[kSetHasOutput].bind(this)
		};
	}
	[kGetCommandInstance]() {
		return __classPrivateFieldGet(this, _YargsInstance_command, "f");
	}
	[kGetContext]() {
		return __classPrivateFieldGet(this, _YargsInstance_context, "f");
	}
	[kGetHasOutput]() {
		return __classPrivateFieldGet(this, _YargsInstance_hasOutput, "f");
	}
	[kGetLoggerInstance]() {
		return __classPrivateFieldGet(this, _YargsInstance_logger, "f");
	}
	[kGetParseContext]() {
		return __classPrivateFieldGet(this, _YargsInstance_parseContext, "f") || {};
	}
	[kGetUsageInstance]() {
		return __classPrivateFieldGet(this, _YargsInstance_usage, "f");
	}
	[kGetValidationInstance]() {
		return __classPrivateFieldGet(this, _YargsInstance_validation, "f");
	}
	[kHasParseCallback]() {
		return !!__classPrivateFieldGet(this, _YargsInstance_parseFn, "f");
	}
	[kIsGlobalContext]() {
		return __classPrivateFieldGet(this, _YargsInstance_isGlobalContext, "f");
	}
	[kPostProcess](argv, populateDoubleDash, calledFromCommand, runGlobalMiddleware) {
		if (calledFromCommand) return argv;
		if (isPromise(argv)) return argv;
		if (!populateDoubleDash) argv = this[kCopyDoubleDash](argv);
		if (this[kGetParserConfiguration]()["parse-positional-numbers"] || this[kGetParserConfiguration]()["parse-positional-numbers"] === void 0) argv = this[kParsePositionalNumbers](argv);
		if (runGlobalMiddleware) argv = applyMiddleware(argv, this, __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").getMiddleware(), false);
		return argv;
	}
	[kReset](aliases = {}) {
		__classPrivateFieldSet(this, _YargsInstance_options, __classPrivateFieldGet(this, _YargsInstance_options, "f") || {}, "f");
		const tmpOptions = {};
		tmpOptions.local = __classPrivateFieldGet(this, _YargsInstance_options, "f").local || [];
		tmpOptions.configObjects = __classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects || [];
		const localLookup = {};
		tmpOptions.local.forEach((l) => {
			localLookup[l] = true;
			(aliases[l] || []).forEach((a) => {
				localLookup[a] = true;
			});
		});
		Object.assign(__classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f"), Object.keys(__classPrivateFieldGet(this, _YargsInstance_groups, "f")).reduce((acc, groupName) => {
			const keys = __classPrivateFieldGet(this, _YargsInstance_groups, "f")[groupName].filter((key) => !(key in localLookup));
			if (keys.length > 0) acc[groupName] = keys;
			return acc;
		}, {}));
		__classPrivateFieldSet(this, _YargsInstance_groups, {}, "f");
		const arrayOptions = [
			"array",
			"boolean",
			"string",
			"skipValidation",
			"count",
			"normalize",
			"number",
			"hiddenOptions"
		];
		const objectOptions = [
			"narg",
			"key",
			"alias",
			"default",
			"defaultDescription",
			"config",
			"choices",
			"demandedOptions",
			"demandedCommands",
			"deprecatedOptions"
		];
		arrayOptions.forEach((k) => {
			tmpOptions[k] = (__classPrivateFieldGet(this, _YargsInstance_options, "f")[k] || []).filter((k) => !localLookup[k]);
		});
		objectOptions.forEach((k) => {
			tmpOptions[k] = objFilter(__classPrivateFieldGet(this, _YargsInstance_options, "f")[k], (k) => !localLookup[k]);
		});
		tmpOptions.envPrefix = __classPrivateFieldGet(this, _YargsInstance_options, "f").envPrefix;
		__classPrivateFieldSet(this, _YargsInstance_options, tmpOptions, "f");
		__classPrivateFieldSet(this, _YargsInstance_usage, __classPrivateFieldGet(this, _YargsInstance_usage, "f") ? __classPrivateFieldGet(this, _YargsInstance_usage, "f").reset(localLookup) : usage(this, __classPrivateFieldGet(this, _YargsInstance_shim, "f")), "f");
		__classPrivateFieldSet(this, _YargsInstance_validation, __classPrivateFieldGet(this, _YargsInstance_validation, "f") ? __classPrivateFieldGet(this, _YargsInstance_validation, "f").reset(localLookup) : validation(this, __classPrivateFieldGet(this, _YargsInstance_usage, "f"), __classPrivateFieldGet(this, _YargsInstance_shim, "f")), "f");
		__classPrivateFieldSet(this, _YargsInstance_command, __classPrivateFieldGet(this, _YargsInstance_command, "f") ? __classPrivateFieldGet(this, _YargsInstance_command, "f").reset() : command$1(__classPrivateFieldGet(this, _YargsInstance_usage, "f"), __classPrivateFieldGet(this, _YargsInstance_validation, "f"), __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f"), __classPrivateFieldGet(this, _YargsInstance_shim, "f")), "f");
		if (!__classPrivateFieldGet(this, _YargsInstance_completion, "f")) __classPrivateFieldSet(this, _YargsInstance_completion, completion(this, __classPrivateFieldGet(this, _YargsInstance_usage, "f"), __classPrivateFieldGet(this, _YargsInstance_command, "f"), __classPrivateFieldGet(this, _YargsInstance_shim, "f")), "f");
		__classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").reset();
		__classPrivateFieldSet(this, _YargsInstance_completionCommand, null, "f");
		__classPrivateFieldSet(this, _YargsInstance_output, "", "f");
		__classPrivateFieldSet(this, _YargsInstance_exitError, null, "f");
		__classPrivateFieldSet(this, _YargsInstance_hasOutput, false, "f");
		this.parsed = false;
		return this;
	}
	[kRebase](base, dir) {
		return __classPrivateFieldGet(this, _YargsInstance_shim, "f").path.relative(base, dir);
	}
	[kRunYargsParserAndExecuteCommands](args, shortCircuit, calledFromCommand, commandIndex = 0, helpOnly = false) {
		var _a, _b, _c, _d;
		let skipValidation = !!calledFromCommand || helpOnly;
		args = args || __classPrivateFieldGet(this, _YargsInstance_processArgs, "f");
		__classPrivateFieldGet(this, _YargsInstance_options, "f").__ = __classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.__;
		__classPrivateFieldGet(this, _YargsInstance_options, "f").configuration = this[kGetParserConfiguration]();
		const populateDoubleDash = !!__classPrivateFieldGet(this, _YargsInstance_options, "f").configuration["populate--"];
		const config = Object.assign({}, __classPrivateFieldGet(this, _YargsInstance_options, "f").configuration, { "populate--": true });
		const parsed = __classPrivateFieldGet(this, _YargsInstance_shim, "f").Parser.detailed(args, Object.assign({}, __classPrivateFieldGet(this, _YargsInstance_options, "f"), { configuration: {
			"parse-positional-numbers": false,
			...config
		} }));
		const argv = Object.assign(parsed.argv, __classPrivateFieldGet(this, _YargsInstance_parseContext, "f"));
		let argvPromise = void 0;
		const aliases = parsed.aliases;
		let helpOptSet = false;
		let versionOptSet = false;
		Object.keys(argv).forEach((key) => {
			if (key === __classPrivateFieldGet(this, _YargsInstance_helpOpt, "f") && argv[key]) helpOptSet = true;
			else if (key === __classPrivateFieldGet(this, _YargsInstance_versionOpt, "f") && argv[key]) versionOptSet = true;
		});
		argv.$0 = this.$0;
		this.parsed = parsed;
		if (commandIndex === 0) __classPrivateFieldGet(this, _YargsInstance_usage, "f").clearCachedHelpMessage();
		try {
			this[kGuessLocale]();
			if (shortCircuit) return this[kPostProcess](argv, populateDoubleDash, !!calledFromCommand, false);
			if (__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f")) {
				if ([__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f")].concat(aliases[__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f")] || []).filter((k) => k.length > 1).includes("" + argv._[argv._.length - 1])) {
					argv._.pop();
					helpOptSet = true;
				}
			}
			__classPrivateFieldSet(this, _YargsInstance_isGlobalContext, false, "f");
			const handlerKeys = __classPrivateFieldGet(this, _YargsInstance_command, "f").getCommands();
			const requestCompletions = ((_a = __classPrivateFieldGet(this, _YargsInstance_completion, "f")) === null || _a === void 0 ? void 0 : _a.completionKey) ? [(_b = __classPrivateFieldGet(this, _YargsInstance_completion, "f")) === null || _b === void 0 ? void 0 : _b.completionKey, ...(_d = this.getAliases()[(_c = __classPrivateFieldGet(this, _YargsInstance_completion, "f")) === null || _c === void 0 ? void 0 : _c.completionKey]) !== null && _d !== void 0 ? _d : []].some((key) => Object.prototype.hasOwnProperty.call(argv, key)) : false;
			const skipRecommendation = helpOptSet || requestCompletions || helpOnly;
			if (argv._.length) {
				if (handlerKeys.length) {
					let firstUnknownCommand;
					for (let i = commandIndex || 0, cmd; argv._[i] !== void 0; i++) {
						cmd = String(argv._[i]);
						if (handlerKeys.includes(cmd) && cmd !== __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f")) {
							const innerArgv = __classPrivateFieldGet(this, _YargsInstance_command, "f").runCommand(cmd, this, parsed, i + 1, helpOnly, helpOptSet || versionOptSet || helpOnly);
							return this[kPostProcess](innerArgv, populateDoubleDash, !!calledFromCommand, false);
						} else if (!firstUnknownCommand && cmd !== __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f")) {
							firstUnknownCommand = cmd;
							break;
						}
					}
					if (!__classPrivateFieldGet(this, _YargsInstance_command, "f").hasDefaultCommand() && __classPrivateFieldGet(this, _YargsInstance_recommendCommands, "f") && firstUnknownCommand && !skipRecommendation) __classPrivateFieldGet(this, _YargsInstance_validation, "f").recommendCommands(firstUnknownCommand, handlerKeys);
				}
				if (__classPrivateFieldGet(this, _YargsInstance_completionCommand, "f") && argv._.includes(__classPrivateFieldGet(this, _YargsInstance_completionCommand, "f")) && !requestCompletions) {
					if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f")) setBlocking(true);
					this.showCompletionScript();
					this.exit(0);
				}
			}
			if (__classPrivateFieldGet(this, _YargsInstance_command, "f").hasDefaultCommand() && !skipRecommendation) {
				const innerArgv = __classPrivateFieldGet(this, _YargsInstance_command, "f").runCommand(null, this, parsed, 0, helpOnly, helpOptSet || versionOptSet || helpOnly);
				return this[kPostProcess](innerArgv, populateDoubleDash, !!calledFromCommand, false);
			}
			if (requestCompletions) {
				if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f")) setBlocking(true);
				args = [].concat(args);
				const completionArgs = args.slice(args.indexOf(`--${__classPrivateFieldGet(this, _YargsInstance_completion, "f").completionKey}`) + 1);
				__classPrivateFieldGet(this, _YargsInstance_completion, "f").getCompletion(completionArgs, (err, completions) => {
					if (err) throw new YError(err.message);
					(completions || []).forEach((completion) => {
						__classPrivateFieldGet(this, _YargsInstance_logger, "f").log(completion);
					});
					this.exit(0);
				});
				return this[kPostProcess](argv, !populateDoubleDash, !!calledFromCommand, false);
			}
			if (!__classPrivateFieldGet(this, _YargsInstance_hasOutput, "f")) {
				if (helpOptSet) {
					if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f")) setBlocking(true);
					skipValidation = true;
					this.showHelp((message) => {
						__classPrivateFieldGet(this, _YargsInstance_logger, "f").log(message);
						this.exit(0);
					});
				} else if (versionOptSet) {
					if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f")) setBlocking(true);
					skipValidation = true;
					__classPrivateFieldGet(this, _YargsInstance_usage, "f").showVersion("log");
					this.exit(0);
				}
			}
			if (!skipValidation && __classPrivateFieldGet(this, _YargsInstance_options, "f").skipValidation.length > 0) skipValidation = Object.keys(argv).some((key) => __classPrivateFieldGet(this, _YargsInstance_options, "f").skipValidation.indexOf(key) >= 0 && argv[key] === true);
			if (!skipValidation) {
				if (parsed.error) throw new YError(parsed.error.message);
				if (!requestCompletions) {
					const validation = this[kRunValidation](aliases, {}, parsed.error);
					if (!calledFromCommand) argvPromise = applyMiddleware(argv, this, __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").getMiddleware(), true);
					argvPromise = this[kValidateAsync](validation, argvPromise !== null && argvPromise !== void 0 ? argvPromise : argv);
					if (isPromise(argvPromise) && !calledFromCommand) argvPromise = argvPromise.then(() => {
						return applyMiddleware(argv, this, __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").getMiddleware(), false);
					});
				}
			}
		} catch (err) {
			if (err instanceof YError) __classPrivateFieldGet(this, _YargsInstance_usage, "f").fail(err.message, err);
			else throw err;
		}
		return this[kPostProcess](argvPromise !== null && argvPromise !== void 0 ? argvPromise : argv, populateDoubleDash, !!calledFromCommand, true);
	}
	[kRunValidation](aliases, positionalMap, parseErrors, isDefaultCommand) {
		const demandedOptions = { ...this.getDemandedOptions() };
		return (argv) => {
			if (parseErrors) throw new YError(parseErrors.message);
			__classPrivateFieldGet(this, _YargsInstance_validation, "f").nonOptionCount(argv);
			__classPrivateFieldGet(this, _YargsInstance_validation, "f").requiredArguments(argv, demandedOptions);
			let failedStrictCommands = false;
			if (__classPrivateFieldGet(this, _YargsInstance_strictCommands, "f")) failedStrictCommands = __classPrivateFieldGet(this, _YargsInstance_validation, "f").unknownCommands(argv);
			if (__classPrivateFieldGet(this, _YargsInstance_strict, "f") && !failedStrictCommands) __classPrivateFieldGet(this, _YargsInstance_validation, "f").unknownArguments(argv, aliases, positionalMap, !!isDefaultCommand);
			else if (__classPrivateFieldGet(this, _YargsInstance_strictOptions, "f")) __classPrivateFieldGet(this, _YargsInstance_validation, "f").unknownArguments(argv, aliases, {}, false, false);
			__classPrivateFieldGet(this, _YargsInstance_validation, "f").limitedChoices(argv);
			__classPrivateFieldGet(this, _YargsInstance_validation, "f").implications(argv);
			__classPrivateFieldGet(this, _YargsInstance_validation, "f").conflicting(argv);
		};
	}
	[kSetHasOutput]() {
		__classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
	}
	[kTrackManuallySetKeys](keys) {
		if (typeof keys === "string") __classPrivateFieldGet(this, _YargsInstance_options, "f").key[keys] = true;
		else for (const k of keys) __classPrivateFieldGet(this, _YargsInstance_options, "f").key[k] = true;
	}
};
function isYargsInstance(y) {
	return !!y && typeof y.getInternalMethods === "function";
}
// node_modules/yargs/index.mjs
const Yargs = YargsFactory(esm_default);
// dist/checking/diagnostic.js
function printable(text) {
	if (isPlainAscii(text)) return text;
	return text.replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g, (char) => char < " " ? JSON.stringify(char).slice(1, -1) : `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function isPlainAscii(text) {
	for (let index = 0; index < text.length; index += 1) {
		const code = text.charCodeAt(index);
		if (code < 32 || code > 126) return false;
	}
	return true;
}
function* expandRuns(diagnostics) {
	for (const diagnostic of diagnostics) {
		if (diagnostic.endLine === void 0) {
			yield diagnostic;
			continue;
		}
		const { endLine: _endLine, ...one } = diagnostic;
		for (let line = diagnostic.line; line <= diagnostic.endLine; line += 1) yield {
			...one,
			line
		};
	}
}
var SEVERITY_RANK, plural, spanOf;
var init_diagnostic = __esmMin((() => {
	SEVERITY_RANK = {
		error: 2,
		warning: 1,
		info: 0
	};
	plural = (count, word, words = `${word}s`) => `${count} ${count === 1 ? word : words}`;
	spanOf = (diagnostic) => (diagnostic.endLine ?? diagnostic.line) - diagnostic.line + 1;
}));
// dist/checking/unknown-rule-error.js
var UnknownRuleError;
var init_unknown_rule_error = __esmMin((() => {
	UnknownRuleError = class extends Error {
		token;
		constructor(token) {
			super(`unknown rule "${token}" (see \`session-doctor rules\`)`);
			this.token = token;
			this.name = "UnknownRuleError";
		}
	};
}));
// dist/config/errors.js
var ConfigError;
var init_errors$2 = __esmMin((() => {
	ConfigError = class extends Error {
		file;
		constructor(file, detail) {
			super(`${file}: ${detail}`);
			this.file = file;
			this.name = "ConfigError";
		}
	};
}));
// dist/formats/names.js
var FORMAT_NAMES;
var init_names = __esmMin((() => {
	FORMAT_NAMES = [
		"codex",
		"codex-legacy",
		"responses",
		"claude-code"
	];
}));
// dist/reading/input-error.js
function toInputError(path, error) {
	if (error instanceof InputError) return error;
	const code = error?.code;
	const reason = (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
	return new InputError(path, reason);
}
var InputError, REASONS;
var init_input_error = __esmMin((() => {
	InputError = class extends Error {
		path;
		constructor(path, message) {
			super(message);
			this.path = path;
			this.name = "InputError";
		}
	};
	REASONS = {
		ENOENT: "no such file or folder",
		EACCES: "permission denied",
		EPERM: "operation not permitted",
		EISDIR: "is a folder, not a file",
		ENOTDIR: "a part of the path is not a folder",
		ELOOP: "too many levels of symbolic links",
		EROFS: "read-only file system",
		ENOSPC: "no space left on the device",
		EDQUOT: "disk quota exceeded",
		EMFILE: "too many open files",
		EIO: "input/output error",
		EAGAIN: "reading it would block (not an ordinary file)",
		ENAMETOOLONG: "file name too long",
		EEXIST: "already exists (not replaced)"
	};
}));
// dist/reporting/formats.js
var REPORT_FORMATS;
var init_formats = __esmMin((() => {
	REPORT_FORMATS = [
		"stylish",
		"json",
		"compact",
		"sarif",
		"github",
		"junit"
	];
}));
// dist/version.js
var VERSION;
var init_version = __esmMin((() => {
	VERSION = "0.1.0";
}));
// dist/cli/usage-error.js
var UsageError;
var init_usage_error = __esmMin((() => {
	UsageError = class extends Error {
		name = "UsageError";
	};
}));
// dist/cli/arguments.js
init_diagnostic();
init_unknown_rule_error();
init_errors$2();
init_input_error();
init_formats();
init_version();
init_usage_error();
const VALUE_OPTIONS = /* @__PURE__ */ new Set([
	"format",
	"output-file",
	"reporter",
	"select",
	"ignore",
	"max-warnings",
	"input-format",
	"stdin-filename",
	"files-from",
	"output",
	"strategy",
	"placeholder-text",
	"min-age",
	"jobs"
]);
const kebab = (name) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
function negatedValueOption(args) {
	for (const arg of args) {
		if (arg === "--") return void 0;
		const name = /^--no-([^=]+)/.exec(arg)?.[1];
		if (name !== void 0 && VALUE_OPTIONS.has(kebab(name))) return `${arg}: --${kebab(name)} takes a value and has no --no- form (leave it out for the default)`;
	}
}
function nonNegativeInteger(option, value) {
	const text = String(value);
	if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) throw new UsageError(`--${option} ${JSON.stringify(text)}: expected a whole number, 0 or more`);
	return Number(text);
}
function threadCount(value) {
	if (value === void 0 || String(value) === "auto") return void 0;
	const threads = /^\d+$/.test(String(value)) ? Number(value) : NaN;
	if (!(threads >= 1 && threads <= 64)) throw new UsageError(`--jobs ${JSON.stringify(String(value))}: expected a number of threads from 1 to 64, or auto`);
	return threads;
}
function warningLimit(value) {
	return value === void 0 || String(value) === "-1" ? -1 : nonNegativeInteger("max-warnings", value);
}
// dist/cli/heap-flags.js
function setHeapFlags() {
	(0, node_v8.setFlagsFromString)("--semi-space-growth-factor=1");
	(0, node_v8.setFlagsFromString)("--heap-growing-percent=50");
}
// dist/builtins.js
function lazily(name) {
	let loaded;
	return () => loaded ??= (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href)(name);
}
var crypto, workerThreads, childProcess;
var init_builtins = __esmMin((() => {
	crypto = lazily("node:crypto");
	workerThreads = lazily("node:worker_threads");
	childProcess = lazily("node:child_process");
}));
// dist/repairing/temp-files.js
function tempPathFor(folder, target) {
	let stem = (0, node_path.basename)(target);
	while (Buffer.byteLength(stem) > MAX_TEMP_STEM_BYTES) stem = stem.slice(0, -1);
	return (0, node_path.join)(folder, `.${stem}.session-doctor-${process.pid}-${crypto().randomBytes(4).toString("hex")}.tmp`);
}
function removeOnInterrupt(path, options = {}) {
	pending.set(path, { recursive: options.recursive ?? false });
	return () => pending.delete(path);
}
function removePendingFiles() {
	for (const [path, { recursive }] of pending) try {
		(0, node_fs.rmSync)(path, {
			force: true,
			recursive
		});
	} catch {}
	pending.clear();
}
async function removeStaleTempFiles(folder) {
	if (swept.has(folder)) return;
	swept.add(folder);
	const names = await (0, node_fs_promises.readdir)(folder).catch(() => []);
	for (const name of names) {
		const pid = TEMP_NAME.exec(name)?.[1];
		if (pid !== void 0 && !isAlive(Number(pid))) await (0, node_fs_promises.unlink)((0, node_path.join)(folder, name)).catch(() => void 0);
	}
}
function isAlive(pid) {
	if (pid === process.pid) return true;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return error.code !== "ESRCH";
	}
}
var TEMP_NAME, MAX_TEMP_STEM_BYTES, pending, swept;
var init_temp_files = __esmMin((() => {
	init_builtins();
	TEMP_NAME = /^\..+\.session-doctor-(\d+)-[0-9a-f]{8}\.tmp$/;
	MAX_TEMP_STEM_BYTES = 180;
	pending = /* @__PURE__ */ new Map();
	swept = /* @__PURE__ */ new Set();
}));
// dist/cli/interrupts.js
init_temp_files();
const SIGNALS = [
	"SIGINT",
	"SIGTERM",
	"SIGHUP"
];
function cleanUpOnInterrupt() {
	for (const signal of SIGNALS) process.once(signal, () => {
		removePendingFiles();
		process.exit(128 + node_os.constants.signals[signal]);
	});
}
// dist/cli/report-output.js
async function writeReport(text, outputFile, stream = process.stdout) {
	if (typeof text !== "string") {
		await writePieces(text, outputFile, stream);
		return;
	}
	if (outputFile !== void 0) {
		await (0, node_fs_promises.writeFile)(outputFile, text).catch((error) => Promise.reject(toInputError(outputFile, error)));
		return;
	}
	if (text === "") return;
	await new Promise((resolve, reject) => {
		stream.write(text, (error) => error ? reject(error) : resolve());
	});
}
async function writePieces(pieces, outputFile, out) {
	const stream = outputFile === void 0 ? out : (0, node_fs.createWriteStream)(outputFile);
	const failed = new Promise((_, reject) => stream.once("error", (error) => reject(outputFile === void 0 ? error : toInputError(outputFile, error))));
	failed.catch(() => void 0);
	const send = (bytes) => Promise.race([new Promise((resolve) => stream.write(bytes, (error) => error ? void 0 : resolve())), failed]);
	const buffers = [Buffer.allocUnsafeSlow(BATCH), Buffer.allocUnsafeSlow(BATCH)];
	const sending = [Promise.resolve(), Promise.resolve()];
	let current = 0;
	let size = 0;
	const flush = async () => {
		if (size === 0) return;
		sending[current] = send(buffers[current].subarray(0, size));
		sending[current].catch(() => void 0);
		current = 1 - current;
		size = 0;
		await sending[current];
	};
	for (const piece of pieces) {
		if (size + 3 * piece.length > BATCH) await flush();
		if (3 * piece.length > BATCH) await send(piece);
		else size += buffers[current].write(piece, size);
	}
	await flush();
	await Promise.all(sending);
	if (outputFile === void 0) return;
	await Promise.race([new Promise((resolve) => stream.end((error) => error ? void 0 : resolve())), failed]);
}
function ignoreClosedPipe() {
	process.stdout.on("error", (error) => {
		if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
		throw error;
	});
}
var BATCH;
var init_report_output = __esmMin((() => {
	BATCH = 1 << 20;
}));
// dist/formats/typed-arrays.js
function release(array) {
	if (array.byteLength < RELEASED_BYTES) return;
	structuredClone(array.buffer, { transfer: [array.buffer] });
}
function grownArray(array, length, make) {
	const bigger = make ? make(length) : new array.constructor(length);
	bigger.set(array);
	release(array);
	return bigger;
}
var grownLength, RELEASED_BYTES;
var init_typed_arrays = __esmMin((() => {
	grownLength = (length) => length + (length >> 1) + 16;
	RELEASED_BYTES = 65536;
}));
// dist/checking/line-set.js
var LineSet;
var init_line_set = __esmMin((() => {
	init_typed_arrays();
	LineSet = class {
		#bits = /* @__PURE__ */ new Uint8Array(64);
		add(line) {
			const index = line >>> 3;
			if (index >= this.#bits.length) this.#bits = grownArray(this.#bits, Math.max(this.#bits.length * 2, index + 1));
			this.#bits[index] |= 1 << (line & 7);
		}
		has(line) {
			const index = line >>> 3;
			return index < this.#bits.length && (this.#bits[index] & 1 << (line & 7)) !== 0;
		}
	};
}));
// dist/formats/call-ids.js
function hash$1(id) {
	let h = FNV_OFFSET;
	for (let k = 0; k < id.length; k += 1) h = Math.imul(h ^ id.charCodeAt(k), FNV_PRIME);
	return h >>> 0;
}
var CallIds, FNV_OFFSET, FNV_PRIME;
var init_call_ids = __esmMin((() => {
	init_typed_arrays();
	CallIds = class {
		#units = /* @__PURE__ */ new Uint8Array(64);
		#used = 0;
		#starts = /* @__PURE__ */ new Uint32Array(16);
		#lengths = /* @__PURE__ */ new Uint32Array(16);
		#hashes = /* @__PURE__ */ new Uint32Array(16);
		#table = /* @__PURE__ */ new Uint32Array(16);
		#size = 0;
		get size() {
			return this.#size;
		}
		find(id) {
			return this.#find(id, hash$1(id));
		}
		intern(id) {
			const idHash = hash$1(id);
			const number = this.#find(id, idHash);
			return number === -1 ? this.#add(id, idHash) : number;
		}
		add(id) {
			return this.#add(id, hash$1(id));
		}
		#missed;
		#missedPlace = 0;
		#find(id, idHash) {
			const table = this.#table;
			const mask = table.length - 1;
			for (let place = idHash & mask;; place = place + 1 & mask) {
				const entry = table[place];
				if (entry === 0) {
					this.#missed = id;
					this.#missedPlace = place;
					return -1;
				}
				if (this.#hashes[entry - 1] === idHash && this.#is(entry - 1, id)) return entry - 1;
			}
		}
		#add(id, idHash) {
			const number = this.#size;
			if (number === this.#lengths.length) {
				this.#starts = grownArray(this.#starts, grownLength(number));
				this.#lengths = grownArray(this.#lengths, grownLength(number));
				this.#hashes = grownArray(this.#hashes, grownLength(number));
			}
			if (this.#used + id.length > this.#units.length) this.#units = grownArray(this.#units, Math.max(grownLength(this.#units.length), this.#used + id.length));
			const used = this.#used;
			const units = this.#units;
			let all = 0;
			for (let k = 0; k < id.length; k += 1) {
				const unit = id.charCodeAt(k);
				units[used + k] = unit;
				all |= unit;
			}
			if (all > 255 && units instanceof Uint8Array) {
				const wide = grownArray(units, units.length, (length) => new Uint16Array(length));
				this.#units = wide;
				for (let k = 0; k < id.length; k += 1) wide[used + k] = id.charCodeAt(k);
			}
			this.#starts[number] = used;
			this.#lengths[number] = id.length;
			this.#hashes[number] = idHash;
			this.#used += id.length;
			this.#size += 1;
			if (this.#size * 2 > this.#table.length) this.#rehash(this.#table.length * 2);
			else if (id === this.#missed) this.#table[this.#missedPlace] = number + 1;
			else this.#place(number, idHash);
			this.#missed = void 0;
			return number;
		}
		id(number) {
			const start = this.#starts[number];
			const end = start + this.#lengths[number];
			let id = "";
			for (let at = start; at < end; at += 4096) id += String.fromCharCode(...this.#units.subarray(at, Math.min(end, at + 4096)));
			return id;
		}
		#is(number, id) {
			if (this.#lengths[number] !== id.length) return false;
			const units = this.#units;
			const start = this.#starts[number];
			for (let k = 0; k < id.length; k += 1) if (units[start + k] !== id.charCodeAt(k)) return false;
			return true;
		}
		#place(number, idHash) {
			const table = this.#table;
			const mask = table.length - 1;
			let place = idHash & mask;
			while (table[place] !== 0) place = place + 1 & mask;
			table[place] = number + 1;
		}
		#rehash(length) {
			release(this.#table);
			this.#table = new Uint32Array(length);
			for (let number = 0; number < this.#size; number += 1) this.#place(number, this.#hashes[number]);
		}
	};
	FNV_OFFSET = 2166136261;
	FNV_PRIME = 16777619;
}));
// dist/formats/recent-strings.js
var RecentStrings, SIZE;
var init_recent_strings = __esmMin((() => {
	RecentStrings = class {
		#strings = new Array(SIZE).fill(void 0);
		#numbers = new Int32Array(SIZE);
		#next = 0;
		find(text) {
			for (let k = 0, at = this.#next - 1; k < SIZE; k += 1, at -= 1) if (this.#strings[at & SIZE - 1] === text) return this.#numbers[at & SIZE - 1];
			return -1;
		}
		remember(text, number) {
			const at = this.#next++ & SIZE - 1;
			this.#strings[at] = text;
			this.#numbers[at] = number;
		}
	};
	SIZE = 4;
}));
// dist/formats/codex/call-store.js
var OUTPUT_KINDS$1, STRIDE, LINE, RUN_START, TURN, FLAGS, NAME, OUTPUTS, OUTPUT_LINE, OUTPUT_TURN, OUTPUT_FLAGS, MAX_UINT32, CallStore;
var init_call_store = __esmMin((() => {
	init_call_ids();
	init_recent_strings();
	init_typed_arrays();
	OUTPUT_KINDS$1 = [
		"function_call_output",
		"custom_tool_call_output",
		"tool_search_output"
	];
	STRIDE = 9;
	LINE = 0;
	RUN_START = 1;
	TURN = 2;
	FLAGS = 3;
	NAME = 4;
	OUTPUTS = 5;
	OUTPUT_LINE = 6;
	OUTPUT_TURN = 7;
	OUTPUT_FLAGS = 8;
	MAX_UINT32 = 4294967295;
	CallStore = class {
		#rows = /* @__PURE__ */ new Uint32Array(36);
		#ids = new CallIds();
		#recent = new RecentStrings();
		#unanswered = /* @__PURE__ */ new Map();
		#moreOutputs = /* @__PURE__ */ new Map();
		#repeats = /* @__PURE__ */ new Map();
		#strings = [];
		#codes = /* @__PURE__ */ new Map();
		slotOf(callId) {
			const recent = this.#recent.find(callId);
			if (recent >= 0) return recent;
			const slot = this.#ids.find(callId);
			return slot < 0 ? void 0 : slot;
		}
		get size() {
			return this.#ids.size;
		}
		callId(slot) {
			return this.#ids.id(slot);
		}
		addCall(call, early) {
			const slot = this.#ids.size;
			if ((slot + 1) * STRIDE > this.#rows.length) this.#rows = this.#resized(this.#rows.length + STRIDE * Math.ceil(this.#rows.length / STRIDE / 2), false);
			this.#fit(call.line);
			const { item } = call;
			this.#ids.add(item.callId);
			this.#recent.remember(item.callId, slot);
			if (item.itemId !== void 0 || call.timestamp !== void 0) this.#unanswered.set(slot, {
				itemId: item.itemId,
				timestamp: call.timestamp
			});
			const row = slot * STRIDE;
			const rows = this.#rows;
			rows[row + LINE] = call.line;
			rows[row + RUN_START] = call.runStart;
			rows[row + TURN] = call.turn;
			rows[row + FLAGS] = (call.embedded ? 1 : 0) | OUTPUT_KINDS$1.indexOf(item.expects) << 1 | this.#intern(item.kind) << 3;
			rows[row + NAME] = item.name === void 0 ? 0 : this.#intern(item.name) + 1;
			rows[row + OUTPUTS] = 0;
			for (const output of early) this.addOutput(slot, item.callId, output.line, output.kind, output.embedded, output.turn, true);
			return slot;
		}
		addRepeat(slot, call) {
			const repeats = this.#repeats.get(slot);
			if (repeats) repeats.push(call);
			else this.#repeats.set(slot, [call]);
		}
		addOutput(slot, callId, line, kind, embedded, turn, early) {
			this.#fit(line);
			const row = slot * STRIDE;
			const rows = this.#rows;
			const count = rows[row + OUTPUTS];
			rows[row + OUTPUTS] = count + 1;
			if (count === 0) {
				rows[row + OUTPUT_LINE] = line;
				rows[row + OUTPUT_TURN] = turn;
				rows[row + OUTPUT_FLAGS] = OUTPUT_KINDS$1.indexOf(kind) | (embedded ? 4 : 0) | (early ? 8 : 0);
				if (this.#unanswered.size > 0 && OUTPUT_KINDS$1.indexOf(kind) === (rows[row + FLAGS] >> 1 & 3)) this.#unanswered.delete(slot);
				return;
			}
			const output = {
				line,
				kind,
				callId,
				embedded,
				turn,
				early
			};
			const more = this.#moreOutputs.get(slot);
			if (more) more.push(output);
			else this.#moreOutputs.set(slot, [output]);
		}
		isSimplyAnswered(slot) {
			const row = slot * STRIDE;
			const rows = this.#rows;
			const flags = rows[row + OUTPUT_FLAGS];
			return rows[row + OUTPUTS] === 1 && !this.#repeats.has(slot) && (flags & 3) === (rows[row + FLAGS] >> 1 & 3) && (flags & 8) === 0;
		}
		call(slot, callId) {
			const row = slot * STRIDE;
			const rows = this.#rows;
			const flags = rows[row + FLAGS];
			const name = rows[row + NAME];
			const { itemId, timestamp } = this.#unanswered.get(slot) ?? {};
			const item = {
				role: "call",
				callId,
				kind: this.#strings[flags >> 3],
				expects: OUTPUT_KINDS$1[flags >> 1 & 3],
				...itemId !== void 0 && { itemId },
				...name > 0 && { name: this.#strings[name - 1] }
			};
			return {
				line: rows[row + LINE],
				item,
				embedded: (flags & 1) === 1,
				runStart: rows[row + RUN_START],
				turn: rows[row + TURN],
				...timestamp !== void 0 && { timestamp }
			};
		}
		outputs(slot, callId) {
			const row = slot * STRIDE;
			const rows = this.#rows;
			if (rows[row + OUTPUTS] === 0) return [];
			const flags = rows[row + OUTPUT_FLAGS];
			return [{
				line: rows[row + OUTPUT_LINE],
				kind: OUTPUT_KINDS$1[flags & 3],
				callId,
				embedded: (flags & 4) !== 0,
				turn: rows[row + OUTPUT_TURN],
				early: (flags & 8) !== 0
			}, ...this.#moreOutputs.get(slot) ?? []];
		}
		repeats(slot) {
			return this.#repeats.get(slot) ?? [];
		}
		#fit(line) {
			if (line > MAX_UINT32 && this.#rows instanceof Uint32Array) this.#rows = this.#resized(this.#rows.length, true);
		}
		#resized(length, wide) {
			const make = wide || this.#rows instanceof Float64Array ? (n) => new Float64Array(n) : (n) => new Uint32Array(n);
			return grownArray(this.#rows, length, make);
		}
		#intern(text) {
			let code = this.#codes.get(text);
			if (code === void 0) {
				code = this.#strings.length;
				this.#strings.push(text);
				this.#codes.set(text, code);
			}
			return code;
		}
	};
}));
// dist/formats/codex/history.js
var NO_OUTPUTS, PairingTracker;
var init_history = __esmMin((() => {
	init_call_store();
	NO_OUTPUTS = [];
	PairingTracker = class {
		emit;
		options;
		turnBoundaries = [];
		#calls = new CallStore();
		#orphans = /* @__PURE__ */ new Map();
		#unpairable = [];
		#turn = 0;
		#liveTurns = [];
		#rolledBack = /* @__PURE__ */ new Set();
		#inUserRun = false;
		#runStart = 0;
		#inRun = false;
		constructor(emit, options = { repairs: true }) {
			this.emit = emit;
			this.options = options;
		}
		record(line, info, timestamp) {
			if (info.replacesHistory) {
				this.#finalize(true);
				this.#calls = new CallStore();
				this.#orphans = /* @__PURE__ */ new Map();
				this.#unpairable = [];
				for (const item of info.replacesHistory) this.#item(line, item, true, timestamp);
			}
			if (info.turn) {
				this.#inUserRun = false;
				this.#inRun = false;
				this.turnBoundaries.push(line);
			}
			if (info.rollsBack !== void 0) this.#rollBack(info.rollsBack);
			for (const item of info.items) this.#item(line, item, false, timestamp);
		}
		end() {
			this.#finalize(false);
		}
		#item(line, item, embedded, timestamp) {
			if (item.role === "user-message") {
				this.#inRun = false;
				if (this.#inUserRun) return;
				this.#inUserRun = true;
				this.#turn += 1;
				this.#liveTurns.push(this.#turn);
				if (!embedded) this.turnBoundaries.push(line);
				return;
			}
			this.#inUserRun = false;
			const continuesRun = item.role === "reasoning" || item.role === "call";
			if (continuesRun && !this.#inRun) this.#runStart = line;
			this.#inRun = continuesRun;
			if (item.role === "call") {
				const ts = embedded || !this.options.repairs ? void 0 : timestamp();
				this.#addCall({
					line,
					item,
					embedded,
					runStart: this.#runStart,
					turn: this.#turn,
					timestamp: ts
				});
			} else if (item.role === "output") this.#addOutput(line, item.kind, item.callId, embedded);
			else if (item.role === "unpairable-output") this.#unpairable.push({
				line,
				kind: item.kind,
				embedded,
				turn: this.#turn
			});
		}
		#addCall(call) {
			const existing = this.#calls.slotOf(call.item.callId);
			if (existing !== void 0) {
				this.#calls.addRepeat(existing, call);
				return;
			}
			const early = this.#orphans.size === 0 ? void 0 : this.#orphans.get(call.item.callId);
			if (early) this.#orphans.delete(call.item.callId);
			this.#calls.addCall(call, early ?? NO_OUTPUTS);
		}
		#addOutput(line, kind, callId, embedded) {
			const slot = this.#calls.slotOf(callId);
			if (slot !== void 0) {
				this.#calls.addOutput(slot, callId, line, kind, embedded, this.#turn, false);
				return;
			}
			const output = {
				line,
				kind,
				callId,
				embedded,
				turn: this.#turn,
				early: false
			};
			const waiting = this.#orphans.get(callId);
			if (waiting) waiting.push(output);
			else this.#orphans.set(callId, [output]);
		}
		#rollBack(turns) {
			this.#inUserRun = false;
			this.#inRun = false;
			if (turns === 0) return;
			for (const turn of this.#liveTurns.splice(-turns)) this.#rolledBack.add(turn);
		}
		#finalize(replaced) {
			const outside = (turn) => replaced || this.#rolledBack.has(turn);
			const calls = this.#calls;
			for (let slot = 0; slot < calls.size; slot += 1) {
				if (calls.isSimplyAnswered(slot)) continue;
				const callId = calls.callId(slot);
				const call = calls.call(slot, callId);
				const outputs = calls.outputs(slot, callId);
				const repeats = calls.repeats(slot);
				const ambiguous = repeats.length > 0;
				for (const repeat of repeats) this.emit({
					type: "repeat-call",
					call: repeat,
					first: call,
					outside: outside(repeat.turn)
				});
				if (outputs.length === 0) {
					this.emit({
						type: "unanswered",
						call,
						ambiguous,
						outside: outside(call.turn)
					});
					continue;
				}
				const answer = outputs.find((output) => output.kind === call.item.expects);
				const firstWrong = outputs.find((output) => output.kind !== call.item.expects);
				for (const output of outputs) {
					const common = {
						output,
						call,
						outside: outside(output.turn)
					};
					if (output === answer) {
						if (output.early) this.emit({
							type: "early-output",
							...common
						});
					} else if (output.kind === call.item.expects && answer) this.emit({
						type: "extra-output",
						...common,
						answer,
						ambiguous
					});
					else {
						const resolution = !answer && output === firstWrong ? "retype" : "remove";
						this.emit({
							type: "wrong-kind",
							...common,
							resolution,
							ambiguous
						});
					}
				}
			}
			for (const outputs of this.#orphans.values()) for (const output of outputs) this.emit({
				type: "orphan",
				output,
				outside: outside(output.turn)
			});
			for (const { line, kind, embedded, turn } of this.#unpairable) this.emit({
				type: "unpairable-output",
				line,
				kind,
				embedded,
				outside: outside(turn)
			});
		}
	};
}));
// dist/checking/rule.js
var defineRule;
var init_rule = __esmMin((() => {
	defineRule = (rule) => rule;
}));
// dist/formats/codex/records.js
function codexHistory(context) {
	return codexFormat(context.format()) ? context.history() : void 0;
}
function codexFormat(format) {
	return format && "withOrdinal" in format ? format : void 0;
}
var CODEX_WORDS;
var init_records$1 = __esmMin((() => {
	CODEX_WORDS = {
		callKey: "call_id",
		outputKey: "call_id",
		outsideNote: " It is outside the history the model sees (replaced by a later compaction or rolled back).",
		embeddedNote: " It is inside a compaction checkpoint (compacted.replacement_history), which fix does not rewrite."
	};
}));
// dist/repairing/edits.js
function defineRewrite(name, rewrite) {
	if (REWRITERS.has(name)) throw new Error(`two line rewriters are named ${name}`);
	REWRITERS.set(name, (bytes, args) => rewrite(bytes, ...args));
	return (line, ...args) => ({
		op: "rewrite",
		line,
		rewrite: {
			name,
			args
		}
	});
}
function applyRewrite(rewrite, bytes) {
	const rewriter = REWRITERS.get(rewrite.name);
	if (!rewriter) throw new Error(`no line rewriter is named ${rewrite.name}`);
	return rewriter(bytes, rewrite.args);
}
var REWRITERS;
var init_edits = __esmMin((() => {
	REWRITERS = /* @__PURE__ */ new Map();
}));
// dist/formats/uuid-v5.js
function uuidV5(name, namespace) {
	const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
	const hash = crypto().createHash("sha1").update(ns).update(name, "utf8").digest();
	hash[6] = hash[6] & 15 | 80;
	hash[8] = hash[8] & 63 | 128;
	const hex = hash.subarray(0, 16).toString("hex");
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
var init_uuid_v5 = __esmMin((() => {
	init_builtins();
}));
// dist/formats/verified-replace.js
function verifiedReplace(line, from, to, expected) {
	const text = line.toString("utf8");
	const match = typeof from === "string" ? {
		index: text.indexOf(from),
		0: from
	} : from.exec(text);
	if (!match || match.index === -1) return void 0;
	const [at, end] = "indices" in match && match.indices?.groups?.value || [match.index, match.index + match[0].length];
	const edited = text.slice(0, at) + to + text.slice(end);
	try {
		if (!(0, node_util.isDeepStrictEqual)(JSON.parse(edited), expected(JSON.parse(text)))) return void 0;
	} catch {
		return;
	}
	return Buffer.from(edited, "utf8");
}
function memberValue(key, valueJson) {
	return new RegExp(`${regExpText(JSON.stringify(key))}\\s*:\\s*(?<value>${regExpText(valueJson)})`, "d");
}
var regExpText;
var init_verified_replace = __esmMin((() => {
	regExpText = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}));
// dist/formats/codex/repair-lines.js
function syntheticOutputId(kind, callItemId) {
	const prefix = ID_PREFIX[kind];
	return `${prefix}_${uuidV5(`${prefix}:${callItemId}`, SYNTHETIC_OUTPUT_ID_NAMESPACE)}`;
}
function placeholderItem(call, options) {
	const id = call.itemId === void 0 ? {} : { id: syntheticOutputId(call.expects, call.itemId) };
	if (call.expects === "tool_search_output") return {
		type: call.expects,
		...id,
		call_id: call.callId,
		status: "completed",
		execution: "client",
		tools: []
	};
	return {
		type: call.expects,
		...id,
		call_id: call.callId,
		output: options.text
	};
}
function retypeOutputLine(line, kind, itemOf, callItemId) {
	const original = itemOf(JSON.parse(line.toString("utf8")));
	const from = original?.type;
	if (typeof from !== "string" || !(from in ID_PREFIX) || from === kind) return void 0;
	if (from === "tool_search_output" || kind === "tool_search_output") return void 0;
	let edited = verifiedReplace(line, memberValue("type", JSON.stringify(from)), JSON.stringify(kind), (record) => {
		const copy = structuredClone(record);
		itemOf(copy).type = kind;
		return copy;
	});
	const oldPrefix = `${ID_PREFIX[from]}_`;
	const withId = (newId) => (record) => {
		const copy = structuredClone(record);
		itemOf(copy).id = newId;
		return copy;
	};
	if (edited && typeof original?.id === "string" && (callItemId !== void 0 || original.id.startsWith(oldPrefix))) {
		const newId = callItemId !== void 0 ? syntheticOutputId(kind, callItemId) : `${ID_PREFIX[kind]}_${original.id.slice(oldPrefix.length)}`;
		edited = verifiedReplace(edited, memberValue("id", JSON.stringify(original.id)), JSON.stringify(newId), withId(newId));
	} else if (edited && original?.id === void 0 && callItemId !== void 0) {
		const newId = syntheticOutputId(kind, callItemId);
		edited = verifiedReplace(edited, memberValue("type", JSON.stringify(kind)), `${JSON.stringify(kind)},"id":${JSON.stringify(newId)}`, withId(newId));
	}
	return edited;
}
function withOrdinalLine(line, ordinal) {
	const text = line.toString("utf8");
	const start = text.length - text.trimStart().length;
	const timestamp = TIMESTAMP_FIRST.exec(text.slice(start))?.[0].length;
	const at = timestamp !== void 0 ? start + timestamp : text.startsWith("{", start) ? start + 1 : -1;
	if (at === -1) return void 0;
	const field = `"ordinal":${ordinal}`;
	const separator = text.slice(at).trimStart().startsWith("}") ? "" : ",";
	const edited = text.slice(0, at) + field + separator + text.slice(at);
	try {
		const parsed = JSON.parse(edited);
		if ("ordinal" in JSON.parse(text) || parsed.ordinal !== ordinal) return void 0;
	} catch {
		return;
	}
	return Buffer.from(edited, "utf8");
}
var SYNTHETIC_OUTPUT_ID_NAMESPACE, ID_PREFIX, TIMESTAMP_FIRST, withOrdinalEdit;
var init_repair_lines = __esmMin((() => {
	init_edits();
	init_uuid_v5();
	init_verified_replace();
	SYNTHETIC_OUTPUT_ID_NAMESPACE = "90d38d3e-6a5b-4d52-bfe2-2f1e634bfac4";
	ID_PREFIX = {
		function_call_output: "fco",
		custom_tool_call_output: "ctco",
		tool_search_output: "tso"
	};
	TIMESTAMP_FIRST = /^\{"timestamp":"[^"\\]*",/;
	withOrdinalEdit = defineRewrite("codex/with-ordinal", withOrdinalLine);
}));
// dist/formats/codex/rules/final-record-missing-ordinal.js
function finalOrdinalRepair(edit, ordinal) {
	return {
		rule: rule$1.name,
		code: rule$1.code,
		severity: rule$1.severity,
		line: edit.line,
		message: "After the repair this is the final record of a paginated rollout, and it has no ordinal; Codex would refuse to resume the file.",
		fixable: true,
		repair: {
			action: `gave the final record "ordinal":${ordinal}`,
			edits: [edit]
		}
	};
}
function completeFinalOrdinal(draft, format, facts) {
	const next = (facts.maxOrdinal ?? -1) + 1;
	const leftAlone = (line) => draft.diagnosticsAt(line).some((d) => d.rule === rule$1.name && !d.repair);
	const named = (line) => draft.diagnosticsAt(line).some((d) => d.repair && d.rule === rule$1.name);
	for (let line = draft.lines; line > 0; line -= 1) {
		if (draft.truncated(line)) continue;
		const inserts = draft.insertsAfter.get(line);
		if (inserts?.length) {
			const last = inserts.length - 1;
			const numbered = format.withOrdinal(Buffer.from(inserts[last]), next);
			if (numbered) inserts[last] = numbered.toString("utf8");
			return {
				edits: [],
				repaired: []
			};
		}
		if (!draft.removed(line) && facts.recordLines.has(line)) {
			if (!facts.unnumberedLines.has(line) || leftAlone(line)) return {
				edits: [],
				repaired: []
			};
			const edit = withOrdinalEdit(line, next);
			return {
				edits: [edit],
				repaired: named(line) ? [] : [finalOrdinalRepair(edit, next)]
			};
		}
	}
	return {
		edits: [],
		repaired: []
	};
}
var rule$1;
var init_final_record_missing_ordinal = __esmMin((() => {
	init_rule();
	init_records$1();
	init_repair_lines();
	rule$1 = defineRule({
		name: "final-record-missing-ordinal",
		code: "SD302",
		severity: "error",
		fixable: true,
		summary: "The last record of a paginated rollout has no ordinal.",
		explanation: "In the paginated history mode (session_meta history_mode \"paginated\", the default of new Codex sessions) Codex numbers the next record from the last record's ordinal, and refuses to resume a file whose final record has none (\"final paginated rollout record \u2026 is missing an ordinal\"). Records in the middle may omit it. A hand-appended line or a tool that rewrote the file causes this. fix gives the final record an ordinal one above the highest in the file; every repair keeps this true, so an output inserted at the end carries one too.",
		create(context) {
			return { end() {
				const history = codexHistory(context);
				const last = history?.lastRecord;
				if (!history?.ordinals.paginated || !last || last.info.ordinal !== void 0) return;
				const lastLine = last.line;
				const lastInvalid = last.info.invalid !== void 0;
				const next = (history.ordinals.maxOrdinal ?? -1) + 1;
				context.report({
					line: lastLine,
					message: "The final record of this paginated rollout has no ordinal; Codex refuses to resume the file." + (lastInvalid ? " The record is also invalid (see invalid-record), so fix leaves it." : ""),
					fixable: !lastInvalid,
					repair: () => ({
						action: `gave the final record "ordinal":${next}`,
						edits: []
					})
				});
			} };
		}
	});
}));
// dist/formats/codex/rules/ordinal-reuse.js
function completeOrdinalReuse(draft, facts) {
	for (let line = draft.lines; line > 0; line -= 1) {
		if (draft.truncated(line)) continue;
		if (draft.insertsAfter.get(line)?.length) break;
		if (draft.removed(line) || !facts.recordLines.has(line)) continue;
		if (!facts.unknown.has(line)) break;
		const ordinal = (facts.maxOrdinal ?? -1) + (facts.unnumberedLines.has(line) ? 2 : 1);
		const timestamp = facts.unknown.get(line) ?? facts.headerTimestamp ?? "1970-01-01T00:00:00.000Z";
		const text = JSON.stringify({
			timestamp,
			ordinal,
			type: "event_msg",
			payload: NO_OP_EVENT
		});
		const repair = {
			action: ACTION,
			edits: [{
				op: "insert-after",
				line,
				text
			}]
		};
		const named = draft.diagnosticsAt(line).some((d) => d.repair && d.rule === rule.name);
		const reported = {
			rule: rule.name,
			code: rule.code,
			severity: rule.severity,
			line,
			message: "After the repair this is the last record, of a type Codex does not know: Codex would reuse its ordinal.",
			fixable: true,
			repair
		};
		return {
			edits: repair.edits,
			repaired: named ? [] : [reported]
		};
	}
	return {
		edits: [],
		repaired: []
	};
}
var ACTION, rule, NO_OP_EVENT;
var init_ordinal_reuse = __esmMin((() => {
	init_rule();
	init_records$1();
	ACTION = "appended an event_msg token_count (no figures) after it, with the next ordinal";
	rule = defineRule({
		name: "ordinal-reuse",
		code: "SD310",
		severity: "warning",
		fixable: true,
		summary: "The last record is of a type Codex does not know: Codex will reuse its ordinal.",
		explanation: "Codex numbers the next record of a paginated rollout from the last record it can read. When the last record is of a type it does not know (a newer record type, or an event_msg subtype it does not know), it skips that record and gives the next one it appends the same ordinal (openai/codex#44417, #44440; reproduced with 0.169.0 and 0.171.0). The duplicate ordinal makes Codex warn while projecting the thread history, and before 0.154.0 it froze the projection and broke thread/fork. fix appends a record Codex knows and that the model never sees (an event_msg token_count without figures), with the next ordinal: no existing line changes or moves.",
		create(context) {
			return { end() {
				const history = codexHistory(context);
				const last = history?.lastRecord;
				if (!history?.ordinals.paginated || !last || last.info.known || last.info.ordinal === void 0) return;
				const { label, ordinal } = last.info;
				const line = last.line;
				context.report({
					line,
					message: `The last record ("${label}", ordinal ${ordinal}) is of a type Codex does not know: Codex skips it on resume and gives the next record it appends the same ordinal ${ordinal}.`,
					repair: () => ({
						action: ACTION,
						edits: []
					})
				});
			} };
		}
	});
	NO_OP_EVENT = {
		type: "token_count",
		info: null,
		rate_limits: null
	};
}));
// dist/formats/codex/codex-history.js
var CodexHistory;
var init_codex_history = __esmMin((() => {
	init_line_set();
	init_history();
	init_final_record_missing_ordinal();
	init_ordinal_reuse();
	CodexHistory = class {
		format;
		#tracker;
		#recordLines = new LineSet();
		#unnumberedLines = new LineSet();
		#paginated;
		#maxOrdinal;
		#lastRecordLine = 0;
		#lastRecord;
		#lastItemLine = 0;
		#ended = false;
		#unknown = /* @__PURE__ */ new Map();
		#headerTimestamp;
		#forkOrigin;
		constructor(format, emit, options) {
			this.format = format;
			this.#tracker = new PairingTracker(emit, options);
		}
		get forkOrigin() {
			return this.#forkOrigin;
		}
		get turnBoundaries() {
			return this.#tracker.turnBoundaries;
		}
		record(line, info, timestamp) {
			this.#recordLines.add(line);
			if (info.ordinal === void 0) this.#unnumberedLines.add(line);
			else this.#maxOrdinal = Math.max(this.#maxOrdinal ?? -1, info.ordinal);
			if (info.header && this.#paginated === void 0) {
				this.#paginated = info.header.paginated;
				this.#headerTimestamp = timestamp();
				if (line === 1) this.#forkOrigin = info.header.forkOf;
			}
			this.#lastRecordLine = line;
			this.#lastRecord = info;
			if (!info.known) this.#unknown.set(line, timestamp());
			if (info.items.length > 0 || info.replacesHistory) this.#lastItemLine = line;
			this.#tracker.record(line, info, timestamp);
		}
		end() {
			this.#ended = true;
			this.#tracker.end();
		}
		placeholder(call, options) {
			const expects = call.item.expects;
			const output = { text: options.text ?? "aborted" };
			const text = this.format.renderPlaceholder({
				...call.item,
				expects,
				...call.timestamp !== void 0 && { timestamp: call.timestamp }
			}, output);
			const what = expects === "tool_search_output" ? "an empty" : `an "${output.text}"`;
			if (this.#ended && call.line === this.#lastItemLine && this.#lastRecordLine > call.line) return {
				action: `appended ${what} ${expects} at the end (only events follow the call on line ${call.line})`,
				edits: [{
					op: "insert-after",
					line: this.#lastRecordLine,
					text
				}]
			};
			return {
				action: `inserted ${what} ${expects} after line ${call.line}`,
				edits: [{
					op: "insert-after",
					line: call.line,
					text
				}]
			};
		}
		removeOutput(output, what) {
			return {
				action: `removed ${what} at line ${output.line}`,
				edits: [{
					op: "remove",
					line: output.line
				}]
			};
		}
		get lastRecord() {
			return this.#lastRecord && {
				line: this.#lastRecordLine,
				info: this.#lastRecord
			};
		}
		get ordinals() {
			return {
				paginated: this.#paginated ?? false,
				maxOrdinal: this.#maxOrdinal,
				recordLines: this.#recordLines,
				unnumberedLines: this.#unnumberedLines
			};
		}
		completePlan(draft) {
			if (!this.#paginated) return {
				edits: [],
				repaired: []
			};
			const ordinal = completeFinalOrdinal(draft, this.format, this.ordinals);
			const reuse = completeOrdinalReuse(draft, {
				...this.ordinals,
				unknown: this.#unknown,
				headerTimestamp: this.#headerTimestamp
			});
			return {
				edits: [...ordinal.edits, ...reuse.edits],
				repaired: [...ordinal.repaired, ...reuse.repaired]
			};
		}
	};
}));
// dist/reading/field-list.js
var FieldList;
var init_field_list = __esmMin((() => {
	FieldList = class {
		paths;
		tree;
		slots;
		slotOf;
		arrayOf;
		followed;
		repeats;
		segments;
		constructor(paths, options = {}) {
			this.paths = paths;
			const tree = [];
			const slotOf = [];
			const arrayOf = [];
			const followed = /* @__PURE__ */ new Set();
			let count = 0;
			for (const path of paths) {
				let list = tree;
				let inArray;
				let field;
				for (const segment of path.split(".")) {
					const name = segment.endsWith("[]") ? segment.slice(0, -2) : segment;
					if (name === "" || name.includes("[")) throw new Error(`unsupported field path ${path}`);
					const parent = field;
					field = list.find((candidate) => candidate.name.toString() === name);
					if (!field) list.push(field = {
						name: Buffer.from(name),
						slot: count++,
						children: [],
						elements: []
					});
					if (parent && list === parent.elements) inArray ??= parent.slot;
					if (segment.endsWith("[]")) {
						if (inArray !== void 0) throw new Error(`unsupported field path ${path}`);
						followed.add(field.slot);
						list = field.elements;
					} else list = field.children;
				}
				slotOf.push(field.slot);
				arrayOf.push(inArray ?? -1);
				if (path.endsWith("[]")) throw new Error(`unsupported field path ${path}`);
			}
			this.tree = tree;
			this.slots = count;
			this.slotOf = Int32Array.from(slotOf);
			this.arrayOf = Int32Array.from(arrayOf);
			this.followed = new Uint8Array(count);
			for (const slot of followed) this.followed[slot] = 1;
			this.repeats = new Uint8Array(count).fill(1);
			for (const path of options.distinct ?? []) this.repeats[this.slotOf[this.of(path)]] = 0;
			this.segments = paths.map((path) => path.split("."));
		}
		of(path) {
			const ref = this.paths.indexOf(path);
			if (ref < 0) throw new Error(`field ${path} was not asked for`);
			return ref;
		}
	};
}));
// dist/reading/value-fields.js
function kindOf(value) {
	if (value === void 0) return "absent";
	if (value === null) return "null";
	if (Array.isArray(value)) return "array";
	return typeof value;
}
function fieldsOf(value, list) {
	const at = (field) => list.segments[field].reduce(step, value);
	return {
		kind: (field) => kindOf(at(field)),
		string: (field) => {
			const found = at(field);
			return typeof found === "string" ? found : void 0;
		},
		number: (field) => {
			const found = at(field);
			return typeof found === "number" ? found : void 0;
		},
		boolean: (field) => {
			const found = at(field);
			return typeof found === "boolean" ? found : void 0;
		},
		every: (field, kind) => {
			const [array, name] = list.paths[field].split("[].");
			const elements = array.split(".").reduce(step, value);
			return Array.isArray(elements) && elements.every((element) => isObject$3(element) && kindOf(member(element, name)) === kind);
		},
		length: (field) => {
			const found = at(field);
			return Array.isArray(found) ? found.length : void 0;
		}
	};
}
var isObject$3, member, only, step;
var init_value_fields = __esmMin((() => {
	isObject$3 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
	member = (value, key) => isObject$3(value) && Object.hasOwn(value, key) ? value[key] : void 0;
	only = (value) => Array.isArray(value) && value.length === 1 ? value[0] : void 0;
	step = (value, segment) => segment.endsWith("[]") ? only(member(value, segment.slice(0, -2))) : member(value, segment);
}));
// dist/formats/codex/schemas.js
function build(z) {
	const callId = z.string().min(1);
	const outputBody = z.union([z.string(), z.array(z.looseObject({ type: z.string() }))], { error: "output must be a string or an array of content items" });
	return {
		sessionMetaPayload: z.looseObject({
			id: z.string().min(1),
			history_mode: z.enum(["legacy", "paginated"]).optional()
		}),
		pairingItem: z.discriminatedUnion("type", [
			z.looseObject({
				type: z.literal("function_call"),
				name: z.string(),
				arguments: z.string(),
				call_id: callId
			}),
			z.looseObject({
				type: z.literal("custom_tool_call"),
				name: z.string(),
				input: z.string(),
				call_id: callId
			}),
			z.looseObject({
				type: z.literal("local_shell_call"),
				call_id: callId.nullable().optional(),
				action: z.looseObject({ type: z.string() })
			}),
			z.looseObject({
				type: z.literal("tool_search_call"),
				call_id: callId.nullable().optional(),
				execution: z.string().optional()
			}),
			z.looseObject({
				type: z.literal("function_call_output"),
				call_id: callId.nullable().optional(),
				output: outputBody
			}),
			z.looseObject({
				type: z.literal("custom_tool_call_output"),
				call_id: callId,
				output: outputBody
			}),
			z.looseObject({
				type: z.literal("tool_search_output"),
				call_id: callId.nullable().optional(),
				execution: z.string().optional(),
				tools: z.array(z.unknown())
			})
		]),
		compactedPayload: z.looseObject({
			message: z.string().optional(),
			replacement_history: z.array(z.looseObject({ type: z.string() })).optional(),
			replacement_history_metadata: z.array(z.unknown()).optional()
		}).refine((p) => p.replacement_history_metadata === void 0 || p.replacement_history_metadata.length === (p.replacement_history?.length ?? 0), { message: "replacement_history_metadata must have one entry per replacement_history item" }),
		threadRolledBack: z.looseObject({
			type: z.literal("thread_rolled_back"),
			num_turns: z.int().nonnegative()
		})
	};
}
function explain(schema, value, prefix) {
	const parsed = schema(zodSchemas()).safeParse(value);
	return parsed.success ? void 0 : describeIssue(parsed.error, prefix);
}
function describeIssue(error, prefix) {
	const issue = error.issues[0];
	if (!issue) return "does not match its schema";
	const path = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
	return path ? `${path}: ${issue.message}` : issue.message;
}
function sessionMetaValid(fields, id, historyMode) {
	const mode = fields.kind(historyMode) === "absent" ? "legacy" : fields.string(historyMode);
	return fields.kind(id) === "string" && fields.string(id) !== "" && (mode === "legacy" || mode === "paginated");
}
function sessionMetaIssue(payload) {
	return isObject$2(payload) && sessionMetaValid(fieldsOf(payload, META_LIST), META_ID, META_HISTORY_MODE) ? void 0 : explain((s) => s.sessionMetaPayload, payload, "payload");
}
function compactedIssue(payload) {
	return isObject$2(payload) && (payload.message === void 0 || typeof payload.message === "string") && (payload.replacement_history === void 0 || Array.isArray(payload.replacement_history) && payload.replacement_history.every((entry) => isObject$2(entry) && typeof entry.type === "string")) && (payload.replacement_history_metadata === void 0 || Array.isArray(payload.replacement_history_metadata) && payload.replacement_history_metadata.length === (payload.replacement_history?.length ?? 0)) ? void 0 : explain((s) => s.compactedPayload, payload, "payload");
}
function threadRolledBackIssue(payload) {
	return isObject$2(payload) && payload.type === "thread_rolled_back" && Number.isSafeInteger(payload.num_turns) && payload.num_turns >= 0 ? void 0 : explain((s) => s.threadRolledBack, payload, "payload");
}
function itemFields(list, prefix) {
	return Object.fromEntries(Object.entries(ITEM_PATHS).map(([key, path]) => [key, list.of(`${prefix}${path}`)]));
}
function pairingItemValid(type, fields, at) {
	const callIdKind = fields.kind(at.call_id);
	const callId = callIdKind === "string" && fields.string(at.call_id) !== "";
	const optionalCallId = callId || callIdKind === "absent" || callIdKind === "null";
	switch (type) {
		case "function_call": return fields.kind(at.name) === "string" && fields.kind(at.arguments) === "string" && callId;
		case "custom_tool_call": return fields.kind(at.name) === "string" && fields.kind(at.input) === "string" && callId;
		case "local_shell_call": return optionalCallId && fields.kind(at.action) === "object" && fields.kind(at.actionType) === "string";
		case "tool_search_call": return optionalCallId && optionalString(fields, at.execution);
		case "function_call_output": return optionalCallId && outputBody(fields, at);
		case "custom_tool_call_output": return callId && outputBody(fields, at);
		case "tool_search_output": return optionalCallId && optionalString(fields, at.execution) && fields.kind(at.tools) === "array";
		default: return false;
	}
}
function pairingItemIssue(type, item, prefix) {
	return pairingItemValid(type, fieldsOf(item, ITEM_LIST), ITEM) ? void 0 : explain((s) => s.pairingItem, item, prefix);
}
var zodSchemas, isObject$2, META_LIST, META_ID, META_HISTORY_MODE, ITEM_PATHS, DISTINCT_ITEM_PATHS, distinctItemPaths, itemPaths, optionalString, outputBody, ITEM_LIST, ITEM;
var init_schemas$2 = __esmMin((() => {
	init_field_list();
	init_value_fields();
	zodSchemas = (() => {
		let built;
		const load = () => (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href)("zod").z;
		return () => built ??= build(load());
	})();
	isObject$2 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
	META_LIST = new FieldList(["id", "history_mode"]);
	[META_ID, META_HISTORY_MODE] = [META_LIST.of("id"), META_LIST.of("history_mode")];
	ITEM_PATHS = {
		type: "type",
		role: "role",
		id: "id",
		call_id: "call_id",
		name: "name",
		arguments: "arguments",
		input: "input",
		output: "output",
		outputTypes: "output[].type",
		execution: "execution",
		tools: "tools",
		action: "action",
		actionType: "action.type",
		contentTexts: "content[].text",
		content: "content"
	};
	DISTINCT_ITEM_PATHS = [
		ITEM_PATHS.id,
		ITEM_PATHS.arguments,
		ITEM_PATHS.input,
		ITEM_PATHS.output,
		ITEM_PATHS.contentTexts
	];
	distinctItemPaths = (prefix) => DISTINCT_ITEM_PATHS.map((path) => `${prefix}${path}`);
	itemPaths = (prefix) => Object.values(ITEM_PATHS).map((path) => `${prefix}${path}`);
	optionalString = (fields, field) => {
		const kind = fields.kind(field);
		return kind === "absent" || kind === "string";
	};
	outputBody = (fields, at) => fields.kind(at.output) === "string" || fields.every(at.outputTypes, "string");
	ITEM_LIST = new FieldList(itemPaths(""));
	ITEM = itemFields(ITEM_LIST, "");
}));
// dist/formats/codex/response-items.js
function isResponseItemType(type) {
	return typeof type === "string" && KNOWN_ITEM_TYPES.has(type);
}
function itemTypeOf(type) {
	let found = itemTypes.get(type);
	if (found === void 0) {
		found = !KNOWN_ITEM_TYPES.has(type) ? { plain: {
			item: OTHER,
			label: type,
			known: false
		} } : type === "reasoning" ? { plain: {
			item: REASONING,
			label: type,
			known: true
		} } : type === "message" ? MESSAGE$1 : type in EXPECTED_OUTPUT ? { expects: EXPECTED_OUTPUT[type] } : OUTPUT_KINDS.has(type) ? {} : { plain: {
			item: OTHER,
			label: type,
			known: true
		} };
		if (itemTypes.size < 256) itemTypes.set(type, found);
	}
	return found;
}
function classifyResponseItem(value, pathPrefix = "payload") {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return {
		item: OTHER,
		label: "item",
		known: true,
		invalid: `${pathPrefix} must be an object`
	};
	const record = value;
	const type = record.type;
	if (typeof type !== "string") return {
		item: OTHER,
		label: "item",
		known: true,
		invalid: `${pathPrefix}.type must be a string`
	};
	const described = itemTypeOf(type);
	if (described.plain) return described.plain;
	if (described === MESSAGE$1) return {
		item: isUserTurnMessage(record) ? USER_MESSAGE$1 : OTHER,
		label: type,
		known: true
	};
	const invalid = pairingItemIssue(type, record, pathPrefix);
	if (invalid !== void 0) return {
		item: OTHER,
		label: type,
		known: true,
		invalid
	};
	return {
		item: pairingRole(type, described.expects, stringOr(record.call_id), stringOr(record.execution), stringOr(record.id), stringOr(record.name)),
		label: type,
		known: true
	};
}
function classifyScannedItem(fields, at) {
	const type = fields.string(at.type);
	if (type === void 0) return void 0;
	const described = itemTypeOf(type);
	if (described.plain) return described.plain;
	if (described === MESSAGE$1) {
		if (fields.string(at.role) !== "user") return {
			item: OTHER,
			label: type,
			known: true
		};
		const opening = openingText(fields, at);
		return opening === void 0 ? void 0 : {
			item: startsUserTurn(opening) ? USER_MESSAGE$1 : OTHER,
			label: type,
			known: true
		};
	}
	if (!pairingItemValid(type, fields, at)) return void 0;
	const call = described.expects !== void 0;
	return {
		item: pairingRole(type, described.expects, fields.string(at.call_id), fields.string(at.execution), call ? fields.string(at.id) : void 0, call ? fields.string(at.name) : void 0),
		label: type,
		known: true
	};
}
function pairingRole(type, expects, callId, execution, itemId, name) {
	if (execution === "server") return OTHER;
	if (expects) {
		if (callId === void 0) return OTHER;
		return {
			role: "call",
			callId,
			kind: type,
			expects,
			itemId: itemId || void 0,
			name: name || void 0
		};
	}
	const kind = type;
	if (callId !== void 0) return {
		role: "output",
		callId,
		kind
	};
	return kind === "tool_search_output" ? OTHER : {
		role: "unpairable-output",
		kind
	};
}
function isUserTurnMessage(record) {
	if (record.role !== "user") return false;
	const first = Array.isArray(record.content) ? record.content[0] : void 0;
	return startsUserTurn(typeof first?.text === "string" ? first.text : "");
}
function startsUserTurn(text) {
	const opening = text.trimStart();
	return !CONTEXTUAL_PREFIXES.some((prefix) => opening.startsWith(prefix));
}
function openingText(fields, at) {
	const elements = fields.length(at.content);
	if (elements === void 0 || elements === 0) return "";
	if (elements > 1) return void 0;
	return fields.string(at.contentTexts) ?? "";
}
var KNOWN_ITEM_TYPES, EXPECTED_OUTPUT, OUTPUT_KINDS, CONTEXTUAL_PREFIXES, OTHER, REASONING, USER_MESSAGE$1, OTHER_ITEMS, REASONING_ITEMS, USER_MESSAGE_ITEMS, itemsOf, MESSAGE$1, itemTypes, stringOr;
var init_response_items = __esmMin((() => {
	init_schemas$2();
	KNOWN_ITEM_TYPES = /* @__PURE__ */ new Set([
		"message",
		"reasoning",
		"function_call",
		"function_call_output",
		"custom_tool_call",
		"custom_tool_call_output",
		"local_shell_call",
		"tool_search_call",
		"tool_search_output",
		"web_search_call",
		"image_generation_call",
		"ghost_snapshot",
		"compaction",
		"compaction_summary",
		"context_compaction",
		"agent_message",
		"additional_tools",
		"configuration_update"
	]);
	EXPECTED_OUTPUT = {
		function_call: "function_call_output",
		local_shell_call: "function_call_output",
		custom_tool_call: "custom_tool_call_output",
		tool_search_call: "tool_search_output"
	};
	OUTPUT_KINDS = /* @__PURE__ */ new Set([
		"function_call_output",
		"custom_tool_call_output",
		"tool_search_output"
	]);
	CONTEXTUAL_PREFIXES = [
		"<environment_context>",
		"<user_instructions>",
		"# AGENTS.md",
		"<skills_instructions>"
	];
	OTHER = { role: "other" };
	REASONING = { role: "reasoning" };
	USER_MESSAGE$1 = { role: "user-message" };
	[OTHER_ITEMS, REASONING_ITEMS, USER_MESSAGE_ITEMS] = [
		[OTHER],
		[REASONING],
		[USER_MESSAGE$1]
	];
	itemsOf = (item) => item === OTHER ? OTHER_ITEMS : item === REASONING ? REASONING_ITEMS : item === USER_MESSAGE$1 ? USER_MESSAGE_ITEMS : [item];
	MESSAGE$1 = {};
	itemTypes = /* @__PURE__ */ new Map();
	stringOr = (value) => typeof value === "string" ? value : void 0;
}));
// dist/formats/codex/bare-items.js
function classifyBareItem(value) {
	const { item, label, known, invalid } = classifyResponseItem(value, "");
	return {
		label,
		known,
		items: [item],
		...invalid && { invalid }
	};
}
function isBareMeta(record) {
	return record.type === void 0 && typeof record.id === "string" && typeof record.timestamp === "string";
}
var timestampOf, itself, retypeBareOutput, codexLegacy, responsesItems;
var init_bare_items = __esmMin((() => {
	init_codex_history();
	init_edits();
	init_records$1();
	init_repair_lines();
	init_response_items();
	timestampOf = (value) => {
		const timestamp = value.timestamp;
		return typeof timestamp === "string" ? timestamp : void 0;
	};
	itself = (record) => record;
	retypeBareOutput = defineRewrite("codex/retype-bare-output", (line, kind, callItemId) => retypeOutputLine(line, kind, itself, callItemId ?? void 0));
	codexLegacy = {
		name: "codex-legacy",
		description: "Codex CLI rollout in the legacy format of 2025 (bare items)",
		words: CODEX_WORDS,
		requiresHeader: false,
		legacy: true,
		matches: (value) => {
			const record = value;
			return typeof record.record_type === "string" || isBareMeta(record);
		},
		classify: (value) => {
			const record = value;
			const tag = record.record_type;
			if (tag === "session_meta" || tag === "prev_session_meta" || tag === void 0 && isBareMeta(record)) return {
				label: "session_meta",
				known: true,
				items: [],
				header: { paginated: false }
			};
			if (tag === "state") return {
				label: "state",
				known: true,
				items: []
			};
			if (tag === "event") return {
				label: "event",
				known: true,
				items: []
			};
			if (tag === void 0 || tag === "response") return classifyBareItem(value);
			return {
				label: String(tag),
				known: false,
				items: []
			};
		},
		timestampOf,
		renderPlaceholder: (call, options) => JSON.stringify(placeholderItem(call, options)),
		retypeOutput: retypeBareOutput,
		withOrdinal: withOrdinalLine,
		createHistory: (emit, options) => new CodexHistory(codexLegacy, emit, options)
	};
	responsesItems = {
		name: "responses",
		description: "One OpenAI Responses API item per line",
		words: CODEX_WORDS,
		requiresHeader: false,
		legacy: false,
		matches: (value) => isResponseItemType(value.type) && !("payload" in value),
		classify: classifyBareItem,
		timestampOf,
		renderPlaceholder: (call, options) => JSON.stringify(placeholderItem(call, options)),
		retypeOutput: retypeBareOutput,
		withOrdinal: withOrdinalLine,
		createHistory: (emit, options) => new CodexHistory(responsesItems, emit, options)
	};
}));
// dist/formats/codex/event-types.js
var KNOWN_EVENT_TYPES;
var init_event_types = __esmMin((() => {
	KNOWN_EVENT_TYPES = /* @__PURE__ */ new Set([
		"user_message",
		"agent_message",
		"agent_reasoning",
		"agent_reasoning_raw_content",
		"patch_apply_end",
		"token_count",
		"thread_goal_updated",
		"context_compacted",
		"entered_review_mode",
		"exited_review_mode",
		"mcp_tool_call_end",
		"thread_rolled_back",
		"turn_aborted",
		"task_started",
		"turn_started",
		"task_complete",
		"turn_complete",
		"web_search_end",
		"image_generation_end",
		"sub_agent_activity",
		"item_completed",
		"thread_settings_applied"
	]);
}));
// dist/formats/codex/json-dialect.js
var CODEX_JSON_DIALECT;
var init_json_dialect$1 = __esmMin((() => {
	CODEX_JSON_DIALECT = {
		reader: "Codex's JSON reader",
		maxDepth: 127,
		int64: true,
		loneSurrogates: true
	};
}));
// dist/reading/zstd-decode.js
async function* decompressZstd(compressed) {
	fzstd ??= (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href).resolve("fzstd");
	const worker = idle.pop() ?? new (workerThreads()).Worker(WORKER_SOURCE, {
		eval: true,
		workerData: { fzstd }
	});
	worker.ref();
	let broken = false;
	let first = true;
	const next = async (chunk, final) => {
		let answer;
		try {
			answer = await decode$1(worker, chunk, final, first);
		} catch (error) {
			broken = true;
			throw error;
		} finally {
			first = false;
		}
		if (answer.error !== void 0) throw new Error(`not a valid zstd file (${answer.error})`);
		return answer.chunks.map((data) => Buffer.from(data.buffer, data.byteOffset, data.byteLength));
	};
	try {
		for await (const chunk of compressed) yield* await next(chunk, false);
		yield* await next(/* @__PURE__ */ new Uint8Array(0), true);
	} finally {
		if (broken) worker.terminate();
		else {
			worker.unref();
			idle.push(worker);
		}
	}
}
function decode$1(worker, chunk, final, first) {
	return new Promise((resolve, reject) => {
		const done = () => {
			clearTimeout(timer);
			worker.off("message", onMessage);
			worker.off("error", onError);
		};
		const onMessage = (answer) => {
			done();
			resolve(answer);
		};
		const onError = (error) => {
			done();
			reject(/* @__PURE__ */ new Error(`not a valid zstd file (${error.message})`));
		};
		const timer = setTimeout(() => {
			done();
			reject(/* @__PURE__ */ new Error("not a valid zstd file (the decoder stopped making progress)"));
		}, stallMs());
		worker.on("message", onMessage);
		worker.on("error", onError);
		worker.postMessage({
			chunk,
			final,
			first
		});
	});
}
var stallMs, WORKER_SOURCE, fzstd, idle;
var init_zstd_decode = __esmMin((() => {
	init_builtins();
	stallMs = () => Number(process.env.SESSION_DOCTOR_ZSTD_STALL_MS) || 1e4;
	WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { Decompress } = require(workerData.fzstd);
let out = [];
let decoder;
parentPort.on('message', ({ chunk, final, first }) => {
  if (first) decoder = new Decompress((data) => out.push(data));
  try {
    decoder.push(chunk, final);
    parentPort.postMessage({ chunks: out });
  } catch (error) {
    parentPort.postMessage({ error: error && error.message ? error.message : String(error) });
  }
  out = [];
});
`;
	idle = [];
}));
// dist/reading/open-input.js
async function openInputFile(path) {
	let info;
	try {
		info = (0, node_fs.statSync)(path);
	} catch (error) {
		throw toInputError(path, error);
	}
	if (info.isDirectory()) throw new InputError(path, "is a folder, not a file");
	if (!info.isFile()) throw new InputError(path, "not a regular file (FIFOs and devices are not read; use - for stdin)");
	if (info.size === 0 && await isKernelPseudoFile(path)) throw new InputError(path, "a kernel pseudo-file (/proc, /sys, \u2026), not a session file: not read (it may block or be consumed by reading)");
	return {
		stats: info,
		chunks: readChunks(path, { reuseBuffer: true })
	};
}
async function isKernelPseudoFile(path) {
	const info = await (0, node_fs_promises.statfs)(path).catch(() => void 0);
	return info !== void 0 && PSEUDO_FILE_SYSTEMS.has(Number(info.type));
}
async function* readChunks(path, options = {}) {
	if (options.reuseBuffer && !isCompressed(path)) {
		yield* readAhead(path);
		return;
	}
	const stream = (0, node_fs.createReadStream)(path, { highWaterMark: READ_CHUNK_BYTES });
	try {
		yield* isCompressed(path) ? decompressZstd(stream) : stream;
	} catch (error) {
		throw toInputError(path, error);
	} finally {
		stream.destroy();
	}
}
async function* readAhead(path) {
	await eventLoopTurn();
	let fd;
	try {
		fd = (0, node_fs.openSync)(path, READ_FLAGS);
	} catch (error) {
		throw toInputError(path, error);
	}
	const buffers = [];
	const take = () => {
		const buffer = idleBuffers.pop() ?? Buffer.allocUnsafeSlow(1048576);
		buffers.push(buffer);
		return buffer;
	};
	const ahead = [];
	let next = 0;
	const readOn = (buffer) => {
		const position = next;
		next += buffer.length;
		const bytes = new Promise((resolve, reject) => (0, node_fs.read)(fd, buffer, 0, buffer.length, position, (error, bytesRead) => error ? reject(toInputError(path, error)) : resolve(bytesRead)));
		bytes.catch(noop);
		ahead.push({
			buffer,
			position,
			bytes
		});
	};
	try {
		let held = take();
		let bytesRead = readSyncOf(path, fd, held, next);
		while (bytesRead > 0 && bytesRead < held.length) {
			yield held.subarray(0, bytesRead);
			next += bytesRead;
			bytesRead = readSyncOf(path, fd, held, next);
		}
		if (bytesRead === 0) return;
		next += bytesRead;
		const depth = sizeOf(fd) >= READ_AHEAD_FROM_BYTES ? READS_AHEAD : 1;
		for (let k = 0; k < depth; k += 1) readOn(take());
		for (let got = bytesRead;;) {
			yield held.subarray(0, got);
			const reading = ahead.shift();
			got = await reading.bytes;
			if (got === 0) return;
			if (got < reading.buffer.length) {
				const overtaken = ahead.splice(0);
				await settle$1(overtaken);
				next = reading.position + got;
				for (const { buffer } of overtaken) readOn(buffer);
			}
			readOn(held);
			held = reading.buffer;
		}
	} finally {
		await settle$1(ahead);
		(0, node_fs.closeSync)(fd);
		for (const buffer of buffers) if (idleBuffers.length <= READS_AHEAD) idleBuffers.push(buffer);
	}
}
function sizeOf(fd) {
	try {
		return (0, node_fs.fstatSync)(fd).size;
	} catch {
		return 0;
	}
}
async function eventLoopTurn() {
	if (performance.now() - lastTurn < 10) return;
	await new Promise((resolve) => setImmediate(resolve));
	lastTurn = performance.now();
}
function readSyncOf(path, fd, buffer, position) {
	try {
		return (0, node_fs.readSync)(fd, buffer, 0, buffer.length, position);
	} catch (error) {
		throw toInputError(path, error);
	}
}
var READ_CHUNK_BYTES, PSEUDO_FILE_SYSTEMS, READ_FLAGS, isCompressed, READS_AHEAD, READ_AHEAD_FROM_BYTES, idleBuffers, settle$1, noop, lastTurn;
var init_open_input = __esmMin((() => {
	init_input_error();
	init_zstd_decode();
	READ_CHUNK_BYTES = 1 << 20;
	PSEUDO_FILE_SYSTEMS = /* @__PURE__ */ new Set([
		40864,
		1650812274,
		1684170528,
		1953653091,
		1935894131,
		1650812272,
		2613483,
		1667723888,
		3405662737,
		3730735588,
		1634035564
	]);
	READ_FLAGS = node_fs.constants.O_RDONLY | (node_fs.constants.O_NONBLOCK ?? 0);
	isCompressed = (path) => path.endsWith(".zst");
	READS_AHEAD = 2;
	READ_AHEAD_FROM_BYTES = 8 * READ_CHUNK_BYTES;
	idleBuffers = [];
	settle$1 = (readings) => Promise.all(readings.map(({ bytes }) => bytes.then(noop, noop)));
	noop = () => void 0;
	lastTurn = 0;
}));
// dist/formats/codex/forks.js
function forkFields(list, prefix) {
	return Object.fromEntries(Object.entries(FORK_PATHS).map(([key, path]) => [key, list.of(`${prefix}${path}`)]));
}
function forkOriginOfFields(fields, at) {
	const base = fields.kind(at.base);
	const parentId = base === "object" || base === "array" ? fields.string(at.parentId) : void 0;
	if (parentId !== void 0) {
		const cutoff = fields.number(at.cutoff);
		return {
			parentId,
			...cutoff !== void 0 && Number.isSafeInteger(cutoff) && cutoff >= 0 && { cutoff }
		};
	}
	const forkedFrom = fields.string(at.forkedFrom);
	return forkedFrom === void 0 ? void 0 : { parentId: forkedFrom };
}
function codexHomeOf(path) {
	for (let folder = (0, node_path.dirname)(path);; folder = (0, node_path.dirname)(folder)) {
		if (SESSION_FOLDERS.includes((0, node_path.basename)(folder))) return (0, node_path.dirname)(folder);
		if ((0, node_path.dirname)(folder) === folder) return void 0;
	}
}
function sessionIdInName(path) {
	return ROLLOUT_NAME.test((0, node_path.basename)(path)) ? SESSION_ID_IN_NAME.exec((0, node_path.basename)(path))?.[1] : void 0;
}
function firstRecordOfPlain(path) {
	let fd;
	try {
		fd = (0, node_fs.openSync)(path, "r");
	} catch {
		return;
	}
	try {
		const chunks = [];
		let length = 0;
		for (;;) {
			const chunk = Buffer.alloc(65536);
			const bytesRead = (0, node_fs.readSync)(fd, chunk, 0, chunk.length, length);
			const end = chunk.subarray(0, bytesRead).indexOf(LF$4);
			chunks.push(chunk.subarray(0, end >= 0 ? end : bytesRead));
			length += bytesRead;
			if (end >= 0 || bytesRead === 0 || length > MAX_FIRST_LINE) break;
		}
		return recordOf(Buffer.concat(chunks));
	} catch {
		return;
	} finally {
		(0, node_fs.closeSync)(fd);
	}
}
async function firstRecord(path) {
	if (!isCompressed(path)) return firstRecordOfPlain(path);
	const chunks = [];
	let length = 0;
	try {
		for await (const chunk of readChunks(path)) {
			const end = chunk.indexOf(LF$4);
			chunks.push(Buffer.from(chunk.subarray(0, end >= 0 ? end : chunk.length)));
			length += chunk.length;
			if (end >= 0 || length > MAX_FIRST_LINE) break;
		}
	} catch {
		return;
	}
	return recordOf(Buffer.concat(chunks));
}
function recordOf(line) {
	try {
		const value = JSON.parse(line.toString("utf8").replace(/^\uFEFF/, ""));
		return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
	} catch {
		return;
	}
}
async function prefixAt(path, cutoff) {
	if (!isCompressed(path)) {
		let fd;
		try {
			const bytes = Math.min((0, node_fs.statSync)(path).size, cutoff);
			fd = (0, node_fs.openSync)(path, READ_FLAGS);
			const byte = Buffer.alloc(1);
			return {
				bytes,
				last: bytes > 0 && (0, node_fs.readSync)(fd, byte, 0, 1, bytes - 1) === 1 ? byte[0] : void 0
			};
		} catch {
			return;
		} finally {
			if (fd !== void 0) (0, node_fs.closeSync)(fd);
		}
	}
	let bytes = 0;
	let last;
	try {
		for await (const chunk of readChunks(path)) {
			const taken = Math.min(chunk.length, cutoff - bytes);
			if (taken > 0) last = chunk[taken - 1];
			bytes += taken;
			if (bytes >= cutoff) break;
		}
	} catch {
		return;
	}
	return {
		bytes,
		last
	};
}
async function forkOriginOfFile(path) {
	const record = await firstRecord(path);
	const payload = record?.type === "session_meta" ? record.payload : void 0;
	return typeof payload === "object" && payload !== null ? forkOriginOf(payload) : void 0;
}
function rolloutsUnder(folder, into, listings) {
	let mtimeMs;
	try {
		mtimeMs = (0, node_fs.statSync)(folder).mtimeMs;
	} catch {
		return;
	}
	let listing = listings.get(folder);
	if (listing?.mtimeMs !== mtimeMs || Date.now() - mtimeMs < SETTLED_MS) {
		let entries;
		try {
			entries = (0, node_fs.readdirSync)(folder, { withFileTypes: true });
		} catch {
			return;
		}
		const folders = [];
		const rollouts = [];
		for (const entry of entries) if (entry.isDirectory()) folders.push((0, node_path.join)(folder, entry.name));
		else if (entry.isFile() && ROLLOUT_NAME.test(entry.name)) rollouts.push((0, node_path.join)(folder, entry.name));
		listings.set(folder, listing = {
			mtimeMs,
			folders,
			rollouts
		});
	}
	for (const rollout of listing.rollouts) into.push(rollout);
	for (const sub of listing.folders) rolloutsUnder(sub, into, listings);
}
function rolloutsOf(home, listings) {
	const paths = [];
	for (const folder of SESSION_FOLDERS) rolloutsUnder((0, node_path.join)(home, folder), paths, listings);
	return paths;
}
function memoryOf(run) {
	let memory = memories.get(run);
	if (!memory) memories.set(run, memory = {
		listings: /* @__PURE__ */ new Map(),
		rollouts: /* @__PURE__ */ new Map(),
		sessions: /* @__PURE__ */ new Map()
	});
	return memory;
}
function knownRollout(memory, path) {
	let known = memory.rollouts.get(path);
	if (!known) memory.rollouts.set(path, known = { sessionId: sessionIdInName(path) });
	return known;
}
async function forksOf(path, sessionId, run) {
	const home = codexHomeOf(path);
	if (!home) return [];
	const memory = memoryOf(run);
	const forks = [];
	for (const candidate of rolloutsOf(home, memory.listings)) {
		const known = knownRollout(memory, candidate);
		if (known.sessionId === sessionId) continue;
		if (known.origin === void 0) known.origin = await forkOriginOfFile(candidate) ?? null;
		if (known.origin?.parentId === sessionId) forks.push({
			path: candidate,
			...known.origin.cutoff !== void 0 && { cutoff: known.origin.cutoff }
		});
	}
	return forks;
}
function parentOf(forkPath, parentId, run) {
	const home = codexHomeOf(forkPath);
	if (!home) return void 0;
	const memory = memoryOf(run);
	const indexed = memory.sessions.get(home)?.get(parentId);
	if (indexed !== void 0 && isFile$1(indexed) && !(isCompressed(indexed) && isFile$1(plainOf(indexed)))) return indexed;
	const index = /* @__PURE__ */ new Map();
	for (const rollout of rolloutsOf(home, memory.listings)) {
		const { sessionId } = knownRollout(memory, rollout);
		if (sessionId === void 0) continue;
		const first = index.get(sessionId);
		if (first === void 0 || isCompressed(first) && !isCompressed(rollout)) index.set(sessionId, rollout);
	}
	memory.sessions.set(home, index);
	return index.get(parentId);
}
function isFile$1(path) {
	try {
		return (0, node_fs.statSync)(path).isFile();
	} catch {
		return false;
	}
}
var SESSION_FOLDERS, ROLLOUT_NAME, SESSION_ID_IN_NAME, LF$4, MAX_FIRST_LINE, FORK_PATHS, forkPaths, PAYLOAD_FIELDS, IN_PAYLOAD, forkOriginOf, SETTLED_MS, memories, plainOf;
var init_forks = __esmMin((() => {
	init_field_list();
	init_value_fields();
	init_open_input();
	SESSION_FOLDERS = ["sessions", "archived_sessions"];
	ROLLOUT_NAME = /^rollout-.*\.jsonl(?:\.zst)?$/;
	SESSION_ID_IN_NAME = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:_[^.]*)?\.jsonl(?:\.zst)?$/;
	LF$4 = 10;
	MAX_FIRST_LINE = 4 << 20;
	FORK_PATHS = {
		base: "history_base",
		parentId: "history_base.thread_id",
		cutoff: "history_base.end_byte_offset",
		forkedFrom: "forked_from_id"
	};
	forkPaths = (prefix) => Object.values(FORK_PATHS).map((path) => `${prefix}${path}`);
	PAYLOAD_FIELDS = new FieldList(forkPaths(""));
	IN_PAYLOAD = forkFields(PAYLOAD_FIELDS, "");
	forkOriginOf = (payload) => forkOriginOfFields(fieldsOf(payload, PAYLOAD_FIELDS), IN_PAYLOAD);
	SETTLED_MS = 2e3;
	memories = /* @__PURE__ */ new WeakMap();
	plainOf = (path) => path.slice(0, -4);
}));
// dist/formats/codex/rules/fork-parent-missing.js
var fork_parent_missing_default;
var init_fork_parent_missing = __esmMin((() => {
	init_rule();
	fork_parent_missing_default = defineRule({
		name: "fork-parent-missing",
		code: "SD309",
		severity: "error",
		fixable: false,
		summary: "A fork's parent rollout is missing, or no longer holds what the fork reads.",
		explanation: "`codex exec fork` writes a child rollout that holds none of its parent's items: on every resume it reads them from the parent's file, from its start up to session_meta.payload.history_base.end_byte_offset (of the decompressed bytes, when Codex has compressed the parent to .jsonl.zst; a plain rollout beside it is read first). If the parent is gone from the Codex home (sessions/, archived_sessions/) or shorter than that offset, Codex cannot resume the fork (\"cutoff byte offset is past the source rollout\"); if the byte before the offset no longer ends a line, the parent was edited before it and the fork silently sees a different history. fix cannot repair this: restore the parent from its backup. session-doctor itself never moves a byte of a parent before any fork's offset.",
		create: () => ({})
	});
}));
// dist/formats/codex/links.js
var LF$3, codexLinks;
var init_links = __esmMin((() => {
	init_codex_history();
	init_forks();
	init_fork_parent_missing();
	LF$3 = 10;
	codexLinks = {
		rule: fork_parent_missing_default.name,
		async check(path, history, run) {
			const origin = history instanceof CodexHistory ? history.forkOrigin : void 0;
			if (!origin) return [];
			const parent = parentOf(path, origin.parentId, run);
			if (!parent) {
				const where = codexHomeOf(path);
				return [{
					line: 1,
					message: `This rollout is a fork of session ${origin.parentId}, whose rollout is not in ${where ? `this Codex home (${where}: sessions/, archived_sessions/)` : "a Codex home"}. The fork holds none of its parent's history and reads it from that file: Codex cannot resume it.`
				}];
			}
			if (origin.cutoff === void 0 || origin.cutoff === 0) return [];
			const prefix = await prefixAt(parent, origin.cutoff);
			if (prefix === void 0) return [];
			if (prefix.bytes < origin.cutoff) return [{
				line: 1,
				message: `This fork reads its parent ${(0, node_path.basename)(parent)} up to byte ${origin.cutoff}, but the parent now has ${plural(prefix.bytes, "byte")} (truncated or rewritten): Codex cannot resume the fork ("cutoff byte offset is past the source rollout").`
			}];
			if (prefix.last !== LF$3) return [{
				line: 1,
				message: `This fork reads its parent ${(0, node_path.basename)(parent)} up to byte ${origin.cutoff}, which no longer ends a line: the parent was edited before that offset, so the fork's history now ends in the middle of a record and has lost or gained records without a word from Codex.`
			}];
			return [];
		},
		async pinnedPrefix(path, run) {
			const record = await firstRecord(path);
			const payload = record?.type === "session_meta" ? record.payload : void 0;
			const sessionId = typeof payload?.id === "string" ? payload.id : void 0;
			if (!sessionId) return void 0;
			const forks = await forksOf(path, sessionId, run);
			if (forks.length === 0) return void 0;
			const whole = forks.some((fork) => fork.cutoff === void 0) ? (await prefixAt(path, Number.POSITIVE_INFINITY))?.bytes : void 0;
			const bytes = Math.max(...forks.map((fork) => fork.cutoff ?? whole ?? Number.MAX_SAFE_INTEGER));
			const names = forks.map((fork) => (0, node_path.basename)(fork.path)).join(", ");
			const one = forks.length === 1;
			return {
				bytes,
				reason: `${names} ${one ? "is a fork" : "are forks"} of this session and read${one ? "s" : ""} this file up to byte ${bytes}; this repair would move bytes before that offset, and the fork${one ? "" : "s"} would silently lose the records pushed past it. Left as it is (Codex repairs it in memory on resume); the fork is unaffected.`
			};
		}
	};
}));
// dist/formats/codex/envelope.js
function isCodexEnvelopeType(type) {
	return typeof type === "string" && KNOWN_TYPES$1.has(type);
}
function ordinalOf(ordinal) {
	if (ordinal === void 0) return void 0;
	return typeof ordinal === "number" && Number.isSafeInteger(ordinal) && ordinal >= 0 ? ordinal : null;
}
function info$1(base, label, known, items, more = NOTHING_MORE) {
	return {
		label,
		known,
		items,
		ordinal: base ?? void 0,
		invalid: more.invalid || (base === null ? BAD_ORDINAL : void 0),
		header: more.header,
		replacesHistory: more.replacesHistory,
		rollsBack: more.rollsBack,
		turn: more.turn
	};
}
function labeller(prefix) {
	const made = /* @__PURE__ */ new Map();
	return (type) => {
		let label = made.get(type);
		if (label === void 0) {
			label = `${prefix}${type}`;
			if (made.size < 256) made.set(type, label);
		}
		return label;
	};
}
function classifyEnvelope(value) {
	const record = value;
	const type = record.type;
	const payload = record.payload;
	const base = ordinalOf(record.ordinal);
	if (typeof type !== "string") return info$1(base, "record", false, []);
	if (!KNOWN_TYPES$1.has(type)) return info$1(base, type, false, []);
	if (typeof record.timestamp !== "string" || typeof payload !== "object" || payload === null) return info$1(base, type, true, [], NEEDS_TIMESTAMP_AND_PAYLOAD);
	switch (type) {
		case "session_meta": return info$1(base, type, true, [], {
			header: {
				paginated: payload.history_mode === "paginated",
				...typeof payload.id === "string" && { sessionId: payload.id },
				forkOf: forkOriginOf(payload)
			},
			invalid: sessionMetaIssue(payload)
		});
		case "response_item": {
			const { item, label, known, invalid } = classifyResponseItem(payload);
			return info$1(base, itemLabel(label), known, itemsOf(item), invalid === void 0 ? NOTHING_MORE : { invalid });
		}
		case "compacted": return classifyCompacted(payload, base);
		case "event_msg": return classifyEvent(payload, base);
		default: return classifyOtherType(type, base);
	}
}
function classifyCompacted(payload, base) {
	const invalid = compactedIssue(payload);
	if (invalid !== void 0) return info$1(base, "compacted", true, [], { invalid });
	const history = payload.replacement_history;
	if (!history) return info$1(base, "compacted", true, []);
	const replaced = [];
	let itemInvalid;
	history.forEach((entry, index) => {
		const classified = classifyResponseItem(entry, `payload.replacement_history.${index}`);
		replaced.push(classified.item);
		itemInvalid ??= classified.invalid;
	});
	return info$1(base, "compacted", true, [], {
		replacesHistory: replaced,
		invalid: itemInvalid
	});
}
function classifyEvent(payload, base) {
	const event = typeof payload.type === "string" ? payload.type : "unknown";
	if (event === "thread_rolled_back") {
		const label = `event_msg/${event}`;
		const invalid = threadRolledBackIssue(payload);
		if (invalid !== void 0) return info$1(base, label, true, [], { invalid });
		return info$1(base, label, true, [], { rollsBack: payload.num_turns });
	}
	return classifyOtherEvent(event, base);
}
function classifyOtherEvent(event, base) {
	let type = eventTypes.get(event);
	if (type === void 0) {
		const label = `event_msg/${event}`;
		type = TURN_STARTS.has(event) ? {
			label,
			known: true,
			items: [],
			more: TURN_START
		} : TURN_ENDS.has(event) ? {
			label,
			known: true,
			items: [],
			more: TURN_END
		} : event === "user_message" ? {
			label,
			known: true,
			items: [{ role: "user-message" }],
			more: NOTHING_MORE
		} : {
			label,
			known: KNOWN_EVENT_TYPES.has(event),
			items: [],
			more: NOTHING_MORE
		};
		if (eventTypes.size < 256) eventTypes.set(event, type);
	}
	return info$1(base, type.label, type.known, type.items, type.more);
}
function classifyOtherType(type, base) {
	return info$1(base, type, true, type === "inter_agent_communication" ? [{ role: "user-message" }] : []);
}
function classifyScannedEnvelope(fields) {
	const ordinalKind = fields.kind(ORDINAL);
	const base = ordinalOf(ordinalKind === "absent" ? void 0 : ordinalKind === "number" ? fields.number(ORDINAL) : null);
	const type = fields.string(TYPE$1);
	if (type === void 0) return info$1(base, "record", false, []);
	if (!KNOWN_TYPES$1.has(type)) return info$1(base, type, false, []);
	const payload = fields.kind(PAYLOAD$1);
	if (fields.kind(TIMESTAMP$1) !== "string" || payload !== "object" && payload !== "array") return info$1(base, type, true, [], NEEDS_TIMESTAMP_AND_PAYLOAD);
	switch (type) {
		case "response_item": {
			const classified = payload === "object" ? classifyScannedItem(fields, PAYLOAD_ITEM) : void 0;
			if (!classified) return void 0;
			return info$1(base, itemLabel(classified.label), classified.known, itemsOf(classified.item), classified.invalid === void 0 ? NOTHING_MORE : { invalid: classified.invalid });
		}
		case "session_meta": {
			if (payload !== "object" || !sessionMetaValid(fields, PAYLOAD_ITEM.id, HISTORY_MODE)) return void 0;
			const id = fields.string(PAYLOAD_ITEM.id);
			return info$1(base, type, true, [], { header: {
				paginated: fields.string(HISTORY_MODE) === "paginated",
				...id !== void 0 && { sessionId: id },
				forkOf: forkOriginOfFields(fields, PAYLOAD_FORK)
			} });
		}
		case "compacted": return;
		case "event_msg": {
			const event = fields.string(PAYLOAD_ITEM.type) ?? "unknown";
			return event === "thread_rolled_back" ? void 0 : classifyOtherEvent(event, base);
		}
		default: return classifyOtherType(type, base);
	}
}
var KNOWN_TYPES$1, TURN_STARTS, TURN_ENDS, BAD_ORDINAL, NOTHING_MORE, NEEDS_TIMESTAMP_AND_PAYLOAD, itemLabel, TURN_START, TURN_END, eventTypes, FIELDS$1, TYPE$1, ORDINAL, TIMESTAMP$1, PAYLOAD$1, HISTORY_MODE, PAYLOAD_ITEM, PAYLOAD_FORK, envelopeScan, payloadOf, retypeEnvelopeOutput, codexEnvelope;
var init_envelope = __esmMin((() => {
	init_field_list();
	init_codex_history();
	init_edits();
	init_records$1();
	init_event_types();
	init_json_dialect$1();
	init_forks();
	init_links();
	init_repair_lines();
	init_response_items();
	init_schemas$2();
	KNOWN_TYPES$1 = /* @__PURE__ */ new Set([
		"session_meta",
		"response_item",
		"compacted",
		"turn_context",
		"event_msg",
		"inter_agent_communication",
		"inter_agent_communication_metadata",
		"world_state",
		"token_usage_record",
		"retained_context",
		"security_risk_score",
		"realtime_item",
		"rollout_reference"
	]);
	TURN_STARTS = /* @__PURE__ */ new Set(["task_started", "turn_started"]);
	TURN_ENDS = /* @__PURE__ */ new Set([
		"task_complete",
		"turn_complete",
		"turn_aborted"
	]);
	BAD_ORDINAL = "ordinal must be a non-negative integer";
	NOTHING_MORE = {};
	NEEDS_TIMESTAMP_AND_PAYLOAD = { invalid: "a record needs a string timestamp and an object payload" };
	itemLabel = labeller("response_item/");
	TURN_START = { turn: "start" };
	TURN_END = { turn: "end" };
	eventTypes = /* @__PURE__ */ new Map();
	FIELDS$1 = new FieldList([
		"type",
		"ordinal",
		"timestamp",
		"payload",
		"payload.history_mode",
		...itemPaths("payload."),
		...forkPaths("payload.")
	], { distinct: ["timestamp", ...distinctItemPaths("payload.")] });
	[TYPE$1, ORDINAL, TIMESTAMP$1, PAYLOAD$1, HISTORY_MODE] = [
		"type",
		"ordinal",
		"timestamp",
		"payload",
		"payload.history_mode"
	].map((path) => FIELDS$1.of(path));
	PAYLOAD_ITEM = itemFields(FIELDS$1, "payload.");
	PAYLOAD_FORK = forkFields(FIELDS$1, "payload.");
	envelopeScan = {
		fields: FIELDS$1,
		classify: classifyScannedEnvelope,
		matches: (fields) => fields.kind(TYPE$1) === "string" && fields.kind(PAYLOAD$1) !== "absent" && fields.kind(TIMESTAMP$1) !== "absent",
		timestampOf: (fields) => fields.string(TIMESTAMP$1)
	};
	payloadOf = (record) => record.payload;
	retypeEnvelopeOutput = defineRewrite("codex/retype-output", (line, kind, callItemId) => retypeOutputLine(line, kind, payloadOf, callItemId ?? void 0));
	codexEnvelope = {
		name: "codex",
		description: "Codex CLI rollout, current envelope ({timestamp, ordinal?, type, payload})",
		words: CODEX_WORDS,
		requiresHeader: true,
		legacy: false,
		matches: (value) => {
			const record = value;
			return typeof record.type === "string" && "payload" in record && "timestamp" in record;
		},
		classify: classifyEnvelope,
		timestampOf: (value) => {
			const timestamp = value.timestamp;
			return typeof timestamp === "string" ? timestamp : void 0;
		},
		scan: envelopeScan,
		dialect: CODEX_JSON_DIALECT,
		links: codexLinks,
		renderPlaceholder: (call, options) => JSON.stringify({
			timestamp: call.timestamp ?? (/* @__PURE__ */ new Date()).toISOString(),
			type: "response_item",
			payload: placeholderItem(call, options)
		}),
		retypeOutput: retypeEnvelopeOutput,
		withOrdinal: withOrdinalLine,
		createHistory: (emit, options) => new CodexHistory(codexEnvelope, emit, options)
	};
}));
// dist/formats/json-spans.js
function skipSpace(text, at) {
	while (isSpace(text[at])) at += 1;
	return at;
}
function stringEnd(text, at) {
	for (let i = at + 1; i < text.length; i += 1) if (text[i] === "\\") i += 1;
	else if (text[i] === "\"") return i + 1;
	return text.length;
}
function valueEnd(text, at) {
	const first = text[at];
	if (first === "\"") return stringEnd(text, at);
	if (first !== "{" && first !== "[") {
		let i = at;
		while (i < text.length && !isSpace(text[i]) && text[i] !== "," && text[i] !== "}" && text[i] !== "]") i += 1;
		return i;
	}
	let depth = 0;
	for (let i = at; i < text.length; i += 1) {
		const char = text[i];
		if (char === "\"") i = stringEnd(text, i) - 1;
		else if (char === "{" || char === "[") depth += 1;
		else if ((char === "}" || char === "]") && --depth === 0) return i + 1;
	}
	return text.length;
}
function memberSpans(text, at) {
	const members = /* @__PURE__ */ new Map();
	let i = skipSpace(text, at + 1);
	while (text[i] === "\"") {
		const keyEnd = stringEnd(text, i);
		const key = JSON.parse(text.slice(i, keyEnd));
		const start = skipSpace(text, skipSpace(text, keyEnd) + 1);
		const end = valueEnd(text, start);
		members.set(key, {
			start,
			end
		});
		i = skipSpace(text, end);
		if (text[i] === ",") i = skipSpace(text, i + 1);
	}
	return members;
}
function elementSpans(text, at) {
	const elements = [];
	let i = skipSpace(text, at + 1);
	while (i < text.length && text[i] !== "]") {
		const end = valueEnd(text, i);
		elements.push({
			start: i,
			end
		});
		i = skipSpace(text, end);
		if (text[i] === ",") i = skipSpace(text, i + 1);
	}
	return elements;
}
function valueSpan(text, path) {
	let span = {
		start: skipSpace(text, 0),
		end: text.length
	};
	for (const key of path) {
		if (text[span.start] !== "{") return void 0;
		const member = memberSpans(text, span.start).get(key);
		if (!member) return void 0;
		span = member;
	}
	return span;
}
var isSpace;
var init_json_spans = __esmMin((() => {
	isSpace = (char) => char === " " || char === "\n" || char === "\r" || char === "	";
}));
// dist/formats/claude-code/relink.js
function relinkParent(line, from, to) {
	const relinked = verifiedReplace(line, memberValue("parentUuid", JSON.stringify(from)), JSON.stringify(to), (entry) => ({
		...entry,
		parentUuid: to
	}));
	if (relinked || from === to) return relinked;
	return parsed(line.toString("utf8"))?.parentUuid === to ? line : void 0;
}
function reparentResult(line, from, to) {
	const relinked = relinkParent(line, from, to);
	if (!relinked) return void 0;
	const source = JSON.parse(relinked.toString("utf8")).sourceToolAssistantUUID;
	if (typeof source !== "string" || source === to) return relinked;
	return verifiedReplace(relinked, memberValue("sourceToolAssistantUUID", JSON.stringify(source)), JSON.stringify(to), (original) => ({
		...original,
		sourceToolAssistantUUID: to
	}));
}
function withoutResultBlock(line, toolUseId) {
	const text = line.toString("utf8");
	const entry = JSON.parse(text);
	const message = entry.message;
	if (!message || !Array.isArray(message.content)) return void 0;
	const content = message.content;
	const index = content.findLastIndex((block) => block?.type === "tool_result" && block.tool_use_id === toolUseId);
	if (index < 0) return void 0;
	content.splice(index, 1);
	const array = valueSpan(text, ["message", "content"]);
	const blocks = array && text[array.start] === "[" ? elementSpans(text, array.start) : [];
	if (blocks.length === content.length + 1) {
		const from = index > 0 ? blocks[index - 1].end : blocks[index].start;
		const to = index > 0 || blocks.length === 1 ? blocks[index].end : blocks[index + 1].start;
		const edited = text.slice(0, from) + text.slice(to);
		if ((0, node_util.isDeepStrictEqual)(parsed(edited), entry)) return Buffer.from(edited, "utf8");
	}
	return Buffer.from(JSON.stringify(entry), "utf8");
}
function renameToolId(line, key, from, to) {
	return verifiedReplace(line, memberValue(key, JSON.stringify(from)), JSON.stringify(to), (original) => {
		const entry = original;
		const message = entry.message;
		if (!message || !Array.isArray(message.content)) return void 0;
		const content = [...message.content];
		const index = content.findIndex((block) => block?.[key] === from);
		if (index < 0) return void 0;
		content[index] = {
			...content[index],
			[key]: to
		};
		return {
			...entry,
			message: {
				...message,
				content
			}
		};
	});
}
function parsed(text) {
	try {
		return JSON.parse(text);
	} catch {
		return;
	}
}
var relinkParentEdit, reparentResultEdit, withoutResultBlockEdit, renameToolIdEdit;
var init_relink = __esmMin((() => {
	init_edits();
	init_json_spans();
	init_verified_replace();
	relinkParentEdit = defineRewrite("claude-code/relink-parent", relinkParent);
	reparentResultEdit = defineRewrite("claude-code/reparent-result", reparentResult);
	withoutResultBlockEdit = defineRewrite("claude-code/without-result-block", withoutResultBlock);
	renameToolIdEdit = defineRewrite("claude-code/rename-tool-id", renameToolId);
}));
// dist/formats/claude-code/findings.js
function isMovable(finding) {
	return finding.parentUuid !== finding.callUuid && finding.blocks === 1 && finding.heldBy === void 0 && (!finding.laterTurn || finding.children !== void 0);
}
function moveEdits(finding) {
	const children = finding.children;
	return [moveEdit(finding), ...(children?.lines ?? []).map((line) => relinkParentEdit(line, children.uuid, children.to))];
}
function removedRelinks(finding) {
	const children = finding.children;
	return (children?.removed ?? []).map(({ line, from }) => relinkParentEdit(line, from, children.to));
}
function isClaudeFinding(finding, kind) {
	return finding.type === "format" && finding.kind === kind;
}
var moveEdit;
var init_findings = __esmMin((() => {
	init_relink();
	moveEdit = (finding) => reparentResultEdit(finding.output.line, finding.parentUuid, finding.callUuid);
}));
// dist/formats/claude-code/placeholder.js
function placeholderLine(toolUseLineUuid, toolUseId, envelope, text) {
	const { timestamp, isSidechain, ...rest } = envelope;
	return JSON.stringify({
		parentUuid: toolUseLineUuid,
		isSidechain: isSidechain === true,
		type: "user",
		message: {
			role: "user",
			content: [{
				tool_use_id: toolUseId,
				type: "tool_result",
				content: text,
				is_error: true
			}]
		},
		uuid: placeholderUuid(toolUseId, envelope),
		timestamp: new Date((typeof timestamp === "string" ? Date.parse(timestamp) || 0 : 0) + 1).toISOString(),
		toolDenialKind: "interrupted",
		sourceToolAssistantUUID: toolUseLineUuid,
		...rest
	});
}
function placeholderUuid(toolUseId, envelope) {
	return uuidV5(`${typeof envelope.sessionId === "string" ? envelope.sessionId : ""}/${toolUseId}`, PLACEHOLDER_NAMESPACE);
}
var PLACEHOLDER_NAMESPACE;
var init_placeholder = __esmMin((() => {
	init_uuid_v5();
	PLACEHOLDER_NAMESPACE = "2f6d4a8e-4b0c-5c1e-9a3d-7e5f1b2c3d4e";
}));
// dist/formats/claude-code/parent-codes.js
var init_parent_codes = __esmMin((() => {}));
// dist/checking/rules/describe.js
function wordsOf(context) {
	return context.format().words;
}
function describeCall(call, words) {
	const name = call.item.name ? ` "${call.item.name}"` : "";
	return `${call.item.kind}${name} (${words.callKey} ${call.item.callId})`;
}
function describeOutput(output, words) {
	return `${output.kind} (${words.outputKey} ${output.callId})`;
}
var init_describe = __esmMin((() => {}));
// dist/checking/rules/remove-line.js
function removeLine(line, what) {
	const repair = {
		action: `removed ${what} at line ${line}`,
		edits: [{
			op: "remove",
			line
		}]
	};
	lastRepair = repair;
	lastWhat = what;
	return repair;
}
function removeOutput(context, output, what) {
	return context.history()?.removeOutput(output, what);
}
var lastRepair, lastWhat, removedByLast;
var init_remove_line = __esmMin((() => {
	lastWhat = "";
	removedByLast = (repair) => repair === lastRepair ? lastWhat : void 0;
}));
// dist/checking/rules/duplicate-output.js
var duplicate_output_default;
var init_duplicate_output = __esmMin((() => {
	init_rule();
	init_describe();
	init_remove_line();
	duplicate_output_default = defineRule({
		name: "duplicate-output",
		code: "SD104",
		severity: "error",
		fixable: true,
		fixSafety: "unsafe",
		summary: "A call is answered more than once.",
		explanation: "A second output of the right kind for a call that already has one. Codex sends both copies to the model on resume, and strict consumers (the API, dataset builders) reject or double-count them. Reported at the later copy; fix keeps the first output and removes the later one: an unsafe fix, applied only with --unsafe-fixes, as the model then sees one answer where Codex showed it two. In a Claude Code transcript it is a second tool_result for one tool_use, in its own line or as a second block of one line. The API rejects it; 2.1.332 strips it from every request in memory (ensureToolResultPairing in its debug log). fix takes out the later block, or its whole line when it holds nothing else, and re-links the lines that hang off a removed line to its parent (unsafe, as above).",
		create(context) {
			return { pairing(finding) {
				if (finding.type !== "extra-output") return;
				const { output, call, answer, outside, ambiguous } = finding;
				const words = wordsOf(context);
				const inCheckpoint = output.embedded;
				const repair = inCheckpoint || ambiguous ? void 0 : removeOutput(context, output, `the duplicate ${output.kind}`);
				context.report({
					line: output.line,
					message: `${describeCall(call, words)} at line ${call.line} is already answered at line ${answer.line}; this ${output.kind} is a second answer.${outside ? words.outsideNote : ""}${inCheckpoint ? words.embeddedNote : ""}${ambiguous ? ` Its ${words.callKey} is used by more than one call.` : ""}`,
					callId: output.callId,
					outsideHistory: outside,
					fixable: repair !== void 0,
					applicability: "unsafe",
					repair: () => repair
				});
			} };
		}
	});
}));
// dist/checking/rules/orphan-output.js
var orphan_output_default;
var init_orphan_output = __esmMin((() => {
	init_rule();
	init_describe();
	init_remove_line();
	orphan_output_default = defineRule({
		name: "orphan-output",
		code: "SD102",
		severity: "error",
		fixable: true,
		fixSafety: "unsafe",
		summary: "A tool output answers no call.",
		explanation: "An output item whose call_id matches no call anywhere in the history. Codex drops it from every request it builds (logging \"Orphan \u2026 output for call id\") and the Responses API rejects it (\"No tool call found for function call output\"). Orphans come from lost call lines, hand edits, or merged sessions. fix removes the line (an unsafe fix, applied only with --unsafe-fixes: the output is real content, perhaps of a call whose line was lost); its bytes stay in the original (or the .bak backup with --in-place). In a Claude Code transcript it is a tool_result whose tool_use_id names no tool_use of the conversation Claude Code rebuilds. The API rejects it (\"unexpected tool_use_id found in tool_result blocks\"); 2.1.332 strips it from every request in memory (ensureToolResultPairing in its debug log). fix takes out that block, or the whole line when it holds nothing else, and re-links the lines that hang off a removed line to its parent, so the chain stays whole (unsafe, as above); a result among them that tool-result-not-adjacent moves onto its tool_use goes there instead, in the same fix. On a dead branch it is a warning fix leaves.",
		create(context) {
			return { pairing(finding) {
				if (finding.type !== "orphan") return;
				const { output, outside } = finding;
				const words = wordsOf(context);
				const repair = output.embedded ? void 0 : removeOutput(context, output, `the orphan ${output.kind}`);
				context.report({
					line: output.line,
					message: `${describeOutput(output, words)} answers no call.${outside ? words.outsideNote : ""}${output.embedded ? words.embeddedNote : ""}`,
					callId: output.callId,
					outsideHistory: outside,
					fixable: repair !== void 0,
					applicability: "unsafe",
					repair: () => repair
				});
			} };
		}
	});
}));
// dist/formats/claude-code/removals.js
function count(ids, id) {
	let n = 0;
	for (const each of ids) if (each === id) n += 1;
	return n;
}
var REMOVING_RULE, PlannedRemovals;
var init_removals = __esmMin((() => {
	init_duplicate_output();
	init_orphan_output();
	REMOVING_RULE = {
		orphan: orphan_output_default.name,
		"extra-output": duplicate_output_default.name
	};
	PlannedRemovals = class {
		h;
		#ids = /* @__PURE__ */ new Map();
		#removedById;
		#tops = /* @__PURE__ */ new Map();
		constructor(h) {
			this.h = h;
		}
		add(e, id) {
			const ids = this.#ids.get(e);
			if (ids) ids.push(id);
			else this.#ids.set(e, [id]);
		}
		takeLine(e) {
			const ids = this.#ids.get(e);
			return ids !== void 0 && this.h.blocksOf(e) <= ids.length;
		}
		goes(e) {
			return this.takeLine(e) && this.h.childrenOf(e).every((child) => this.h.known(child));
		}
		topRemoved(e) {
			const walked = [];
			let at = e;
			while (!this.#tops.has(at) && walked.length < this.h.count && this.h.parentOf(at) >= 0 && this.goes(this.h.parentOf(at))) {
				walked.push(at);
				at = this.h.parentOf(at);
			}
			const top = this.#tops.get(at) ?? at;
			for (const line of walked) this.#tops.set(line, top);
			return top;
		}
		keptChildren(e) {
			const kept = [];
			const pending = this.h.childrenOf(e);
			for (let child = pending.pop(), steps = 0; child !== void 0 && steps < this.h.count; child = pending.pop(), steps += 1) if (this.goes(child)) for (const grandchild of this.h.childrenOf(child)) pending.push(grandchild);
			else kept.push(child);
			return kept;
		}
		keptAnswers(e, id) {
			const answers = this.h.tools.answering(e, id);
			return answers > 0 && this.#takesOut(e) ? answers - count(this.#ids.get(e), id) : answers;
		}
		keptResults(id) {
			if (!this.#removedById) {
				this.#removedById = /* @__PURE__ */ new Map();
				for (const [e, ids] of this.#ids) if (this.#takesOut(e)) for (const removed of ids) this.#removedById.set(removed, (this.#removedById.get(removed) ?? 0) + 1);
			}
			return this.h.tools.resultCount(id) - (this.#removedById.get(id) ?? 0);
		}
		#takesOut(e) {
			return this.#ids.has(e) && (!this.takeLine(e) || this.goes(e));
		}
	};
}));
// dist/formats/claude-code/bridge.js
var Bridges;
var init_bridge = __esmMin((() => {
	Bridges = class {
		h;
		sameSide;
		#byTime;
		#place;
		#free;
		#messagesBefore;
		#taken;
		constructor(h, sameSide) {
			this.h = h;
			this.sameSide = sameSide;
			const candidates = [];
			this.#messagesBefore = new Int32Array(h.count + 1);
			for (let e = 0; e < h.count; e += 1) {
				const role = h.roleOf(e);
				const side = sameSide(e);
				if (side && role !== "other" && !Number.isNaN(h.timeOf(e))) candidates.push(e);
				this.#messagesBefore[e + 1] = this.#messagesBefore[e] + (side && (role === "user" || role === "assistant") ? 1 : 0);
			}
			candidates.sort((a, b) => h.timeOf(a) - h.timeOf(b) || b - a);
			this.#byTime = Int32Array.from(candidates);
			this.#place = new Int32Array(h.count).fill(-1);
			this.#byTime.forEach((e, place) => this.#place[e] = place);
			this.#free = Int32Array.from(this.#byTime, (_, place) => place);
			this.#taken = new Int32Array(h.count + 1);
		}
		take(e) {
			const place = this.#place[e];
			if (place >= 0) this.#free[place] = place - 1;
			const role = this.h.roleOf(e);
			if (this.sameSide(e) && (role === "user" || role === "assistant")) for (let i = e + 1; i <= this.h.count; i += i & -i) this.#taken[i] += 1;
		}
		nearestEarlier(e) {
			const h = this.h;
			const time = h.timeOf(e);
			if (Number.isNaN(time)) return void 0;
			let low = 0;
			let high = this.#byTime.length;
			while (low < high) {
				const middle = low + high >>> 1;
				if (h.timeOf(this.#byTime[middle]) < time) low = middle + 1;
				else high = middle;
			}
			const best = this.#freeAtOrBelow(low - 1);
			if (best < 0) return void 0;
			const next = this.#freeAtOrBelow(best - 1);
			const entry = this.#byTime[best];
			return {
				entry,
				unique: next < 0 || h.timeOf(this.#byTime[next]) !== h.timeOf(entry)
			};
		}
		earlierMessages(e) {
			let taken = 0;
			for (let i = e; i > 0; i -= i & -i) taken += this.#taken[i];
			return this.#messagesBefore[e] - taken;
		}
		#freeAtOrBelow(place) {
			let root = place;
			while (root >= 0 && this.#free[root] !== root) root = this.#free[root];
			for (let at = place; at > root && this.#free[at] !== root;) {
				const below = this.#free[at];
				this.#free[at] = root;
				at = below;
			}
			return root;
		}
	};
}));
// dist/formats/claude-code/int-list.js
var IntList;
var init_int_list = __esmMin((() => {
	init_typed_arrays();
	IntList = class {
		#values = /* @__PURE__ */ new Int32Array(1024);
		length = 0;
		push(value) {
			if (this.length === this.#values.length) this.#values = grownArray(this.#values, grownLength(this.#values.length));
			this.#values[this.length] = value;
			return this.length++;
		}
		at(index) {
			return this.#values[index];
		}
		set(index, value) {
			this.#values[index] = value;
		}
		values() {
			return this.#values.subarray(0, this.length);
		}
	};
}));
// dist/formats/claude-code/pairing.js
var Messages, CallsByMessage, Pairing;
var init_pairing = __esmMin((() => {
	init_int_list();
	Messages = class {
		count;
		start;
		members;
		assistant;
		constructor(h, path) {
			this.members = new Int32Array(path.length);
			this.start = new Int32Array(path.length + 1);
			this.assistant = new Uint8Array(path.length);
			let n = 0;
			let g = 0;
			let resultsOnly = false;
			for (const e of path) {
				const role = h.roleOf(e);
				if (role === "system" || role === "other") continue;
				const isAssistant = role === "assistant";
				const last = g - 1;
				const sameMessage = (group) => h.messageOf(e) >= 0 && h.messageOf(e) === h.messageOf(this.members[this.start[group]]);
				const merges = last >= 0 && (isAssistant ? this.assistant[last] === 1 && sameMessage(last) : this.assistant[last] === 0);
				if (isAssistant && resultsOnly && last >= 1 && sameMessage(last - 1)) continue;
				const resultLine = role === "user" && !h.isPrompt(e) && h.tools.results.first(e) >= 0;
				resultsOnly = !isAssistant && resultLine && (merges ? resultsOnly : true);
				if (!merges) {
					this.start[g] = n;
					this.assistant[g] = isAssistant ? 1 : 0;
					g += 1;
				}
				this.members[n++] = e;
			}
			this.start[g] = n;
			this.count = g;
		}
	};
	CallsByMessage = class {
		entries;
		start;
		constructor(h) {
			const start = this.start = new Int32Array(h.messageCount + 1);
			const callEntries = h.callEntries();
			for (let k = 0; k < callEntries.length; k += 1) {
				const message = h.messageOf(callEntries[k]);
				if (message >= 0) start[message + 1] += 1;
			}
			for (let m = 0; m < h.messageCount; m += 1) start[m + 1] += start[m];
			const entries = this.entries = new Int32Array(start[h.messageCount]);
			const next = start.slice(0, h.messageCount);
			for (let k = 0; k < callEntries.length; k += 1) {
				const message = h.messageOf(callEntries[k]);
				if (message >= 0) entries[next[message]++] = callEntries[k];
			}
		}
	};
	Pairing = class {
		h;
		messages;
		onPath;
		callsByMessage;
		behindCut;
		emit;
		#tools;
		#callBlock = new IntList();
		#firstCall;
		#callOfCode;
		#firstGathered = /* @__PURE__ */ new Int32Array(0);
		#gathered = /* @__PURE__ */ new Int32Array(0);
		#answered;
		#callAnswered = /* @__PURE__ */ new Uint8Array(0);
		#repeatAnswered;
		#notForFirst;
		#reported;
		#firstResult;
		#resultEntries = /* @__PURE__ */ new Int32Array(0);
		constructor(h, messages, onPath, callsByMessage, behindCut, emit) {
			this.h = h;
			this.messages = messages;
			this.onPath = onPath;
			this.callsByMessage = callsByMessage;
			this.behindCut = behindCut;
			this.emit = emit;
			this.#tools = h.tools;
			this.#firstCall = new Int32Array(messages.count + 1);
			this.#callOfCode = new Int32Array(this.#tools.codeCount).fill(-1);
			this.#answered = new Uint8Array(this.#tools.codeCount);
			this.#repeatAnswered = new Int32Array(this.#tools.codeCount).fill(-1);
			this.#notForFirst = new Int32Array(this.#tools.codeCount);
			this.#reported = new Uint8Array(h.count);
		}
		run() {
			const callMessageOfEntry = this.#collectCalls();
			this.#gather(callMessageOfEntry);
			const misplaced = this.#pairAdjacent();
			this.#resolveMisplaced(misplaced);
			this.#answerOrReport();
		}
		#collectCalls() {
			const { h, messages } = this;
			const calls = this.#tools.calls;
			const messageOf = new Int32Array(h.count).fill(-1);
			const collected = new Uint8Array(h.messageCount);
			for (let g = 0; g < messages.count; g += 1) {
				this.#firstCall[g] = this.#callBlock.length;
				if (messages.assistant[g] === 0) continue;
				const message = h.messageOf(messages.members[messages.start[g]]);
				if (message >= 0 && collected[message]) continue;
				let lines = messages.members;
				let from = messages.start[g];
				let to = messages.start[g + 1];
				if (message >= 0) {
					collected[message] = 1;
					lines = this.callsByMessage.entries;
					from = this.callsByMessage.start[message];
					to = this.callsByMessage.start[message + 1];
				}
				for (let k = from; k < to; k += 1) {
					const e = lines[k];
					const first = calls.first(e);
					if (first < 0) continue;
					this.onPath[e] = 1;
					messageOf[e] = g;
					for (let at = first, end = calls.end(first); at < end; at += 1) {
						const index = this.#callBlock.push(at);
						const code = calls.codeAt(at);
						if (this.#callOfCode[code] < 0) this.#callOfCode[code] = index;
					}
				}
			}
			this.#firstCall[messages.count] = this.#callBlock.length;
			this.#callAnswered = new Uint8Array(this.#callBlock.length);
			return messageOf;
		}
		#gather(callMessageOfEntry) {
			const { h, messages } = this;
			const pairs = new IntList();
			const counts = new Int32Array(messages.count + 1);
			const resultEntries = this.#tools.results.entries();
			for (let k = 0; k < resultEntries.length; k += 1) {
				const e = resultEntries[k];
				if (this.onPath[e]) continue;
				const parent = h.parentOf(e);
				const g = parent >= 0 ? callMessageOfEntry[parent] : -1;
				if (g < 0) continue;
				this.onPath[e] = 1;
				pairs.push(g);
				pairs.push(e);
				counts[g + 1] += 1;
			}
			for (let g = 0; g < messages.count; g += 1) counts[g + 1] += counts[g];
			this.#firstGathered = counts;
			this.#gathered = new Int32Array(counts[messages.count]);
			const next = counts.slice(0, messages.count);
			for (let p = 0; p < pairs.length; p += 2) this.#gathered[next[pairs.at(p)]++] = pairs.at(p + 1);
		}
		#hasGathered(g) {
			return this.#firstGathered[g + 1] > this.#firstGathered[g];
		}
		#pairAdjacent() {
			const { messages } = this;
			const tools = this.#tools;
			const codes = tools.codeCount;
			const expectedStamp = new Int32Array(codes);
			const expectedCall = new Int32Array(codes);
			const answerStamp = new Int32Array(codes);
			const answerEntry = new Int32Array(codes);
			const misplaced = new IntList();
			let stamp = 0;
			let previous = -1;
			const entries = new IntList();
			const pairUser = (g, gatheredFrom) => {
				stamp += 1;
				if (previous >= 0) for (let c = this.#firstCall[previous]; c < this.#firstCall[previous + 1]; c += 1) {
					const code = tools.calls.codeAt(this.#callBlock.at(c));
					expectedStamp[code] = stamp;
					expectedCall[code] = c;
				}
				entries.length = 0;
				if (g >= 0) {
					for (let m = messages.start[g]; m < messages.start[g + 1]; m += 1) if (tools.results.first(messages.members[m]) >= 0) entries.push(messages.members[m]);
				}
				if (gatheredFrom >= 0) for (let k = this.#firstGathered[gatheredFrom]; k < this.#firstGathered[gatheredFrom + 1]; k += 1) entries.push(this.#gathered[k]);
				if (entries.length > 1) entries.values().sort();
				for (let k = 0; k < entries.length; k += 1) {
					const e = entries.at(k);
					const first = tools.results.first(e);
					for (let at = first, end = tools.results.end(first); at < end; at += 1) {
						const code = tools.results.codeAt(at);
						if (expectedStamp[code] !== stamp) {
							misplaced.push(e);
							misplaced.push(code);
						} else if (answerStamp[code] !== stamp) {
							answerStamp[code] = stamp;
							answerEntry[code] = e;
							this.#answered[code] = 1;
							this.#callAnswered[expectedCall[code]] = 1;
							if (expectedCall[code] !== this.#callOfCode[code]) {
								this.#notForFirst[code] += 1;
								if (this.#repeatAnswered[code] < 0) this.#repeatAnswered[code] = expectedCall[code];
							}
						} else {
							this.#reported[e] = 1;
							this.#notForFirst[code] += 1;
							const id = tools.idOf(code);
							this.emit({
								type: "extra-output",
								output: this.#outputRecord(e, id),
								call: this.#callRecord(expectedCall[code]),
								answer: this.#outputRecord(answerEntry[code], id),
								ambiguous: false,
								outside: this.behindCut(e)
							});
						}
					}
				}
				previous = -1;
			};
			for (let g = 0; g < messages.count; g += 1) if (messages.assistant[g] === 1) {
				for (let c = this.#firstCall[g]; c < this.#firstCall[g + 1]; c += 1) {
					const first = this.#callOfCode[tools.calls.codeAt(this.#callBlock.at(c))];
					if (first !== c) this.emit({
						type: "repeat-call",
						call: this.#callRecord(c),
						first: this.#callRecord(first),
						outside: this.behindCut(this.#callEntry(c))
					});
				}
				previous = g;
				const userNext = g + 1 < messages.count && messages.assistant[g + 1] === 0;
				if (this.#hasGathered(g) && !userNext) pairUser(-1, g);
			} else pairUser(g, g > 0 && messages.assistant[g - 1] === 1 ? g - 1 : -1);
			return misplaced;
		}
		#resolveMisplaced(misplaced) {
			for (let k = 0; k < misplaced.length; k += 2) {
				const e = misplaced.at(k);
				const code = misplaced.at(k + 1);
				const call = this.#callOfCode[code];
				const id = this.#tools.idOf(code);
				this.#reported[e] = 1;
				const laterTurn = call >= 0 && !this.#callAnswered[call] && this.#inLaterTurn(e, this.#callEntry(call));
				if (call >= 0 && !this.#callAnswered[call] && (!this.#answered[code] || !laterTurn)) {
					this.#notAdjacent(e, code, call, laterTurn);
					this.#answered[code] = 1;
					this.#callAnswered[call] = 1;
				} else if (call >= 0) {
					this.#notForFirst[code] += 1;
					const answer = this.#resultsOf(code).find((r) => r !== e) ?? e;
					this.emit({
						type: "extra-output",
						output: this.#outputRecord(e, id),
						call: this.#callRecord(call),
						answer: this.#outputRecord(answer, id),
						ambiguous: false,
						outside: this.behindCut(e)
					});
				} else this.emit({
					type: "orphan",
					output: this.#outputRecord(e, id),
					outside: this.behindCut(e)
				});
			}
		}
		#answerOrReport() {
			const calls = this.#tools.calls;
			for (let c = 0; c < this.#callBlock.length; c += 1) {
				const code = calls.codeAt(this.#callBlock.at(c));
				const first = this.#callOfCode[code];
				if (first !== c) {
					const e = this.#callEntry(c);
					if (!this.#callAnswered[c] && !this.#resultsOf(code).some((r) => this.h.parentOf(r) === e)) {
						this.h.unansweredRepeat(e);
						this.emit({
							type: "unanswered",
							call: this.#callRecord(c),
							ambiguous: false,
							repeats: this.#callRecord(first),
							outside: this.behindCut(e)
						});
					}
					continue;
				}
				const repeatedBy = this.#repeatAnswering(c);
				if (repeatedBy >= 0) {
					this.h.unansweredFirst(this.#callEntry(c), this.#callEntry(repeatedBy));
					this.emit({
						type: "unanswered",
						call: this.#callRecord(c),
						ambiguous: false,
						repeatedBy: this.#callRecord(repeatedBy),
						outside: this.behindCut(this.#callEntry(c))
					});
					continue;
				}
				if (this.#answered[code]) continue;
				this.#answered[code] = 1;
				const elsewhere = this.#resultsOf(code).find((e) => !this.#reported[e]);
				if (elsewhere !== void 0) {
					this.#reported[elsewhere] = 1;
					this.onPath[elsewhere] = 1;
					this.#notAdjacent(elsewhere, code, c, this.#inLaterTurn(elsewhere, this.#callEntry(c)));
				} else this.emit({
					type: "unanswered",
					call: this.#callRecord(c),
					ambiguous: false,
					outside: this.behindCut(this.#callEntry(c))
				});
			}
		}
		#inLaterTurn(e, callEntry) {
			let prompt = false;
			for (let at = this.h.walkedParentOf(e), steps = 0; at >= 0 && steps < this.h.count; at = this.h.walkedParentOf(at), steps += 1) {
				if (at === callEntry) return prompt;
				prompt ||= this.h.isPrompt(at);
			}
			return false;
		}
		#repeatAnswering(c) {
			const code = this.#tools.calls.codeAt(this.#callBlock.at(c));
			const repeat = this.#repeatAnswered[code];
			if (this.#callAnswered[c] || repeat < 0) return -1;
			return this.#notForFirst[code] === this.#resultsOf(code).length ? repeat : -1;
		}
		#resultsOf(code) {
			if (!this.#firstResult) {
				const results = this.#tools.results;
				const start = new Int32Array(this.#tools.codeCount + 1);
				for (let at = 0; at < results.count; at += 1) start[results.codeAt(at) + 1] += 1;
				for (let c = 0; c < this.#tools.codeCount; c += 1) start[c + 1] += start[c];
				const list = new Int32Array(results.count);
				const next = start.slice(0, this.#tools.codeCount);
				for (let at = 0; at < results.count; at += 1) list[next[results.codeAt(at)]++] = results.entryAt(at);
				this.#firstResult = start;
				this.#resultEntries = list;
			}
			return this.#resultEntries.subarray(this.#firstResult[code], this.#firstResult[code + 1]);
		}
		#notAdjacent(e, code, call, laterTurn) {
			const h = this.h;
			const callEntry = this.#callEntry(call);
			const children = laterTurn ? h.childrenOf(e) : [];
			const relinkable = children.every((c) => h.known(c));
			this.emit({
				type: "format",
				kind: "not-adjacent",
				output: this.#outputRecord(e, this.#tools.idOf(code)),
				call: this.#callRecord(call),
				callUuid: h.uuidOf(callEntry),
				parentUuid: h.parentUuidOf(e),
				blocks: h.blocksOf(e),
				laterTurn,
				...laterTurn && relinkable && { children: {
					uuid: h.uuidOf(e),
					lines: children.map((c) => h.lineOf(c)),
					to: h.parentUuidOf(e)
				} },
				outside: this.behindCut(e)
			});
		}
		#callEntry(call) {
			return this.#tools.calls.entryAt(this.#callBlock.at(call));
		}
		#callRecord(call) {
			const at = this.#callBlock.at(call);
			return this.h.callRecord(this.#tools.calls.entryAt(at), this.#tools.callItem(at), false);
		}
		#outputRecord(e, id) {
			return this.h.outputRecord(e, id, false);
		}
	};
}));
// dist/formats/claude-code/resolution.js
var BRIDGE_MS, Resolution;
var init_resolution = __esmMin((() => {
	init_bridge();
	init_parent_codes();
	init_pairing();
	BRIDGE_MS = 5e3;
	Resolution = class {
		h;
		emit;
		#onPath;
		#compacted;
		#behindCut;
		#callsByMessage;
		constructor(h, emit) {
			this.h = h;
			this.emit = emit;
			this.#onPath = new Uint8Array(h.count);
			this.#compacted = new Uint8Array(h.count);
			this.#behindCut = new Uint8Array(h.count);
			this.#callsByMessage = new CallsByMessage(h);
		}
		run() {
			const h = this.h;
			const side = !h.main;
			const sameSide = (e) => h.sidechain(e) === side;
			if (!(() => {
				for (let e = 0; e < h.count; e += 1) if (sameSide(e) && (h.roleOf(e) === "user" || h.roleOf(e) === "assistant")) return true;
				return false;
			})()) {
				if (!h.onlySummaries) this.emit({
					type: "format",
					kind: "empty"
				});
				this.#deadBranches();
				return;
			}
			const candidate = (e) => sameSide(e) && h.roleOf(e) !== "other" && !h.hasChildren(e);
			let leaf;
			const row = h.leafRow;
			if (row) {
				const named = h.indexOf(row.uuid);
				if (named === void 0) this.emit({
					type: "format",
					kind: "dangling-leaf",
					line: row.line,
					uuid: row.uuid
				});
				else if (candidate(named)) leaf = named;
			}
			const pinned = leaf !== void 0;
			if (leaf === void 0) {
				for (let e = h.count - 1; e >= 0 && leaf === void 0; e -= 1) if (candidate(e)) leaf = e;
			}
			const path = leaf === void 0 ? [] : this.#walk(leaf, sameSide);
			if (path.length > 0) this.#markCompacted(path[0]);
			const messages = new Messages(h, path);
			let tail = messages.count - 1;
			while (tail >= 0 && messages.assistant[tail] === 0) tail -= 1;
			h.settle(new Set(tail >= 0 ? Array.from(this.#callEntriesOf(messages, tail), (e) => h.lineOf(e)) : []), pinned);
			new Pairing(h, messages, this.#onPath, this.#callsByMessage, (e) => this.#isBehindCut(e), this.emit).run();
			this.#brokenOffPath();
			this.#deadBranches();
		}
		#walk(leaf, sameSide) {
			const h = this.h;
			const path = [];
			let bridges;
			let at = leaf;
			let behind = 0;
			for (;;) {
				if (this.#onPath[at]) break;
				this.#onPath[at] = 1;
				this.#behindCut[at] = behind;
				path.push(at);
				bridges?.take(at);
				if (h.isBoundary(at)) break;
				const parent = h.parentOf(at);
				if (parent === -1) break;
				if (parent !== -2) {
					at = parent;
					continue;
				}
				if (!bridges) {
					bridges = new Bridges(h, sameSide);
					for (const e of path) bridges.take(e);
				}
				const bridge = bridges.nearestEarlier(at);
				const gap = bridge ? h.timeOf(at) - h.timeOf(bridge.entry) : Infinity;
				const bridged = bridge !== void 0 && gap <= 5e3;
				const summary = !bridged && h.isCompactSummary(at);
				const unreachable = summary ? 0 : bridges.earlierMessages(at);
				this.emit({
					type: "format",
					kind: "broken-parent",
					line: h.lineOf(at),
					uuid: h.uuidOf(at),
					missing: h.missingParentOf(at),
					bridged,
					known: h.known(at),
					outside: false,
					unreachable,
					summary,
					...bridge && { target: {
						line: h.lineOf(bridge.entry),
						uuid: h.uuidOf(bridge.entry),
						unique: bridge.unique,
						gapMs: gap
					} }
				});
				if (summary) break;
				if (bridge?.unique && h.known(at) && (bridged || unreachable > 0)) h.relinked(at, h.uuidOf(bridge.entry));
				if (!bridged && !(bridge?.unique && h.known(at) && unreachable > 0)) break;
				if (!bridged) behind = 1;
				h.crossed(at, bridge.entry);
				at = bridge.entry;
			}
			path.reverse();
			const boundary = h.boundaryOf(path[0]);
			if (boundary) this.#preserve(path, boundary);
			for (const [e, b] of h.boundaries) if (e !== path[0]) this.#danglingReferences(e, b, true);
			return path;
		}
		#danglingReferences(e, boundary, outside) {
			const h = this.h;
			const missing = boundary.preserved.filter((uuid) => h.indexOf(uuid) === void 0);
			if (missing.length === 0) return false;
			const unfinished = !outside && !h.hasChildren(e) && h.known(e) && boundary.anchor !== void 0 && missing.includes(boundary.anchor) && boundary.logicalParent !== void 0 && h.indexOf(boundary.logicalParent) !== void 0;
			this.emit({
				type: "format",
				kind: "dangling-compact",
				line: h.lineOf(e),
				missing,
				outside,
				unfinished
			});
			return true;
		}
		#preserve(path, boundary) {
			const h = this.h;
			if (this.#danglingReferences(path[0], boundary, false)) return;
			if (!boundary.head || !boundary.tail || !boundary.anchor) return;
			const anchor = path.indexOf(h.indexOf(boundary.anchor));
			const head = h.indexOf(boundary.head);
			const segment = [];
			for (let at = h.indexOf(boundary.tail);; at = h.parentOf(at)) {
				if (at < 0 || this.#onPath[at] || segment.length > h.count) return;
				segment.push(at);
				if (at === head) break;
			}
			if (anchor < 0) return;
			for (const e of segment) this.#onPath[e] = 1;
			path.splice(anchor + 1, 0, ...segment.reverse());
		}
		#callEntriesOf(messages, g) {
			const h = this.h;
			const first = messages.members[messages.start[g]];
			const message = h.messageOf(first);
			if (message >= 0) return this.#callsByMessage.entries.subarray(this.#callsByMessage.start[message], this.#callsByMessage.start[message + 1]);
			return messages.members.subarray(messages.start[g], messages.start[g + 1]).filter((e) => h.hasCalls(e));
		}
		#isBehindCut(e) {
			if (this.#behindCut[e]) return true;
			const parent = this.h.parentOf(e);
			return parent >= 0 && this.#behindCut[parent] === 1 && this.h.hasCalls(parent);
		}
		#brokenOffPath() {
			const h = this.h;
			for (const [e, missing] of h.missingParents) {
				if (this.#onPath[e]) continue;
				this.emit({
					type: "format",
					kind: "broken-parent",
					line: h.lineOf(e),
					uuid: h.uuidOf(e),
					missing,
					bridged: false,
					known: h.known(e),
					outside: true,
					unreachable: 0,
					summary: false
				});
			}
		}
		#markCompacted(start) {
			const h = this.h;
			let boundary = h.boundaryOf(start);
			while (boundary?.logicalParent !== void 0) {
				let at = h.indexOf(boundary.logicalParent);
				boundary = void 0;
				for (; at !== void 0 && at >= 0 && !this.#compacted[at]; at = h.parentOf(at)) {
					this.#compacted[at] = 1;
					boundary = h.boundaryOf(at);
					if (boundary) break;
				}
			}
		}
		#deadBranches() {
			const h = this.h;
			const { calls, results } = h.tools;
			for (let at = 0; at < calls.count; at += 1) {
				const e = calls.entryAt(at);
				if (!this.#onPath[e] && !h.tools.answered(calls.codeAt(at))) this.emit({
					type: "unanswered",
					call: h.callRecord(e, h.tools.callItem(at), !this.#compacted[e]),
					ambiguous: false,
					outside: true
				});
			}
			for (let at = 0; at < results.count; at += 1) {
				const e = results.entryAt(at);
				const code = results.codeAt(at);
				if (!this.#onPath[e] && !h.tools.called(code)) this.emit({
					type: "orphan",
					output: h.outputRecord(e, h.tools.idOf(code), true),
					outside: true
				});
			}
		}
	};
}));
// dist/formats/claude-code/tool-items.js
var Blocks, ToolItems, CALLED, ANSWERED;
var init_tool_items = __esmMin((() => {
	init_int_list();
	init_typed_arrays();
	init_call_ids();
	init_recent_strings();
	Blocks = class {
		#entries = new IntList();
		#codes = new IntList();
		get count() {
			return this.#entries.length;
		}
		add(e, code) {
			this.#codes.push(code);
			return this.#entries.push(e);
		}
		entryAt(at) {
			return this.#entries.at(at);
		}
		codeAt(at) {
			return this.#codes.at(at);
		}
		first(e) {
			let low = 0;
			let high = this.count;
			while (low < high) {
				const middle = low + high >>> 1;
				if (this.#entries.at(middle) < e) low = middle + 1;
				else high = middle;
			}
			return low < this.count && this.#entries.at(low) === e ? low : -1;
		}
		end(first) {
			const e = this.#entries.at(first);
			let at = first + 1;
			while (at < this.count && this.#entries.at(at) === e) at += 1;
			return at;
		}
		entries() {
			const entries = new IntList();
			for (let at = 0; at < this.count; at += 1) if (at === 0 || this.#entries.at(at - 1) !== this.#entries.at(at)) entries.push(this.#entries.at(at));
			return entries.values();
		}
	};
	ToolItems = class {
		#ids = new CallIds();
		#names = /* @__PURE__ */ new Map();
		#nameList = [];
		#seen = /* @__PURE__ */ new Uint8Array(1024);
		calls = new Blocks();
		#callNames = new IntList();
		results = new Blocks();
		#recent = new RecentStrings();
		#resultCounts;
		#callCounts;
		get codeCount() {
			return this.#ids.size;
		}
		addCall(e, call) {
			const code = this.#code(call.callId);
			this.#seen[code] |= CALLED;
			this.calls.add(e, code);
			this.#callNames.push(call.name === void 0 ? -1 : this.#nameCode(call.name));
		}
		addResult(e, id) {
			const code = this.#code(id);
			this.#seen[code] |= ANSWERED;
			this.results.add(e, code);
		}
		idOf(code) {
			return this.#ids.id(code);
		}
		has(id) {
			return this.#ids.find(id) >= 0;
		}
		resultCount(id) {
			this.#resultCounts = this.#counted(this.results, this.#resultCounts);
			return this.#countOf(id, this.#resultCounts);
		}
		callCount(id) {
			this.#callCounts = this.#counted(this.calls, this.#callCounts);
			return this.#countOf(id, this.#callCounts);
		}
		#counted(blocks, last) {
			if (last?.blocks === blocks.count) return last;
			const counts = new Int32Array(this.codeCount);
			for (let at = 0; at < blocks.count; at += 1) counts[blocks.codeAt(at)] += 1;
			return {
				blocks: blocks.count,
				counts
			};
		}
		#countOf(id, table) {
			const code = this.#ids.find(id);
			return code < 0 ? 0 : table.counts[code] ?? 0;
		}
		answering(e, id) {
			const first = this.results.first(e);
			if (first < 0) return 0;
			let answers = 0;
			for (let at = first, end = this.results.end(first); at < end; at += 1) if (this.idOf(this.results.codeAt(at)) === id) answers += 1;
			return answers;
		}
		answered(code) {
			return (this.#seen[code] & ANSWERED) !== 0;
		}
		called(code) {
			return (this.#seen[code] & CALLED) !== 0;
		}
		calledId(id) {
			const code = this.#ids.find(id);
			return code >= 0 && this.called(code);
		}
		callItem(at) {
			const name = this.#callNames.at(at);
			return {
				role: "call",
				callId: this.idOf(this.calls.codeAt(at)),
				kind: "tool_use",
				expects: "tool_result",
				...name >= 0 && { name: this.#nameList[name] }
			};
		}
		#code(id) {
			const recent = this.#recent.find(id);
			if (recent >= 0) return recent;
			const code = this.#ids.intern(id);
			this.#recent.remember(id, code);
			if (code === this.#seen.length) this.#seen = grownArray(this.#seen, grownLength(code));
			return code;
		}
		#nameCode(name) {
			let code = this.#names.get(name);
			if (code === void 0) {
				code = this.#nameList.length;
				this.#names.set(name, code);
				this.#nameList.push(name);
			}
			return code;
		}
	};
	CALLED = 1;
	ANSWERED = 2;
}));
// dist/formats/claude-code/uuid-index.js
function parseUuid(uuid, into) {
	if (uuid.length !== 36 || uuid.charCodeAt(8) !== DASH$2 || uuid.charCodeAt(13) !== DASH$2 || uuid.charCodeAt(18) !== DASH$2 || uuid.charCodeAt(23) !== DASH$2) return false;
	let bad = 0;
	let word = 0;
	for (let k = 0; k < 32; k += 1) {
		const code = uuid.charCodeAt(DIGIT_AT[k]);
		const value = HEX$1[code & 127] | 127 - code >> 31;
		bad |= value;
		word = word << 4 | value & 15;
		if ((k & 7) === 7) into[k >> 3] = word;
	}
	return bad >= 0;
}
function hash(key) {
	let h = Math.imul(key[0] ^ 2654435769, 2246822507);
	h = Math.imul(h ^ key[1] ^ h >>> 15, 3266489909);
	h = Math.imul(h ^ key[2] ^ h >>> 13, 2246822507);
	h = Math.imul(h ^ key[3] ^ h >>> 16, 3266489909);
	return h ^ h >>> 15;
}
var UuidIndex, HEX$1, DASH$2, DIGIT_AT;
var init_uuid_index = __esmMin((() => {
	init_typed_arrays();
	init_recent_strings();
	UuidIndex = class {
		#words = /* @__PURE__ */ new Int32Array(4096);
		#table = /* @__PURE__ */ new Int32Array(4096);
		#canonical = 0;
		#others = /* @__PURE__ */ new Map();
		#otherOf = /* @__PURE__ */ new Map();
		#key = /* @__PURE__ */ new Int32Array(4);
		#recent = new RecentStrings();
		get(uuid) {
			const recent = this.#recent.find(uuid);
			if (recent >= 0) return recent;
			if (!parseUuid(uuid, this.#key)) return this.#others.get(uuid);
			const found = this.#table[2 * this.#slotOf(this.#key, hash(this.#key))] - 1;
			return found < 0 ? void 0 : found;
		}
		#slotOf(key, h) {
			const table = this.#table;
			const words = this.#words;
			const mask = (table.length >> 1) - 1;
			const k0 = key[0];
			const k1 = key[1];
			const k2 = key[2];
			const k3 = key[3];
			for (let slot = h & mask;; slot = slot + 1 & mask) {
				const found = table[2 * slot] - 1;
				if (found < 0) return slot;
				if (table[2 * slot + 1] !== h) continue;
				const at = 4 * found;
				if (words[at] === k0 && words[at + 1] === k1 && words[at + 2] === k2 && words[at + 3] === k3) return slot;
			}
		}
		add(uuid, e) {
			if (!parseUuid(uuid, this.#key)) {
				if (this.#others.has(uuid)) return false;
				this.#others.set(uuid, e);
				this.#otherOf.set(e, uuid);
			} else {
				if (2 * (this.#canonical + 1) > this.#table.length >> 1) this.#rehash(this.#table.length);
				const h = hash(this.#key);
				const slot = this.#slotOf(this.#key, h);
				if (this.#table[2 * slot] !== 0) return false;
				if (4 * e + 4 > this.#words.length) this.#words = grownArray(this.#words, 4 * grownLength(Math.max(this.#words.length / 4, e + 1)));
				this.#words.set(this.#key, 4 * e);
				this.#canonical += 1;
				this.#table[2 * slot] = e + 1;
				this.#table[2 * slot + 1] = h;
			}
			this.#recent.remember(uuid, e);
			return true;
		}
		uuidOf(e) {
			const other = this.#otherOf.get(e);
			if (other !== void 0) return other;
			let hex = "";
			for (let k = 0; k < 4; k += 1) hex += (this.#words[4 * e + k] >>> 0).toString(16).padStart(8, "0");
			return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
		}
		#rehash(slots) {
			const old = this.#table;
			const table = new Int32Array(2 * slots);
			const mask = slots - 1;
			for (let from = 0; from < old.length; from += 2) {
				if (old[from] === 0) continue;
				let slot = old[from + 1] & mask;
				while (table[2 * slot] !== 0) slot = slot + 1 & mask;
				table[2 * slot] = old[from];
				table[2 * slot + 1] = old[from + 1];
			}
			this.#table = table;
			release(old);
		}
	};
	HEX$1 = (/* @__PURE__ */ new Int8Array(128)).fill(-1);
	for (let d = 0; d < 16; d += 1) HEX$1["0123456789abcdef".charCodeAt(d)] = d;
	DASH$2 = 45;
	DIGIT_AT = Uint8Array.from({ length: 36 }, (_, i) => i).filter((i) => i !== 8 && i !== 13 && i !== 18 && i !== 23);
}));
// dist/formats/claude-code/chain.js
function roleCode(role) {
	switch (role) {
		case "user": return 0;
		case "assistant": return 1;
		case "attachment": return 2;
		case "system": return 3;
		default: return 4;
	}
}
var SUBAGENT_TOOLS, ROLES, SIDECHAIN, BOUNDARY, PROMPT, UNKNOWN, PARENT, COMPACT_SUMMARY, ClaudeHistory;
var init_chain = __esmMin((() => {
	init_findings();
	init_placeholder();
	init_relink();
	init_parent_codes();
	init_call_ids();
	init_typed_arrays();
	init_removals();
	init_resolution();
	init_tool_items();
	init_uuid_index();
	SUBAGENT_TOOLS = /* @__PURE__ */ new Set(["Agent", "Task"]);
	ROLES = [
		"user",
		"assistant",
		"attachment",
		"system",
		"other"
	];
	SIDECHAIN = 8;
	BOUNDARY = 16;
	PROMPT = 32;
	UNKNOWN = 64;
	PARENT = 128;
	COMPACT_SUMMARY = 256;
	ClaudeHistory = class {
		emit;
		options;
		#index = new UuidIndex();
		#lines = /* @__PURE__ */ new Int32Array(1024);
		#parents = /* @__PURE__ */ new Int32Array(1024);
		#times = /* @__PURE__ */ new Float64Array(1024);
		#flags = /* @__PURE__ */ new Uint16Array(1024);
		#messages = /* @__PURE__ */ new Int32Array(1024);
		#count = 0;
		#pending = /* @__PURE__ */ new Map();
		#missing = /* @__PURE__ */ new Map();
		#messageIds = new CallIds();
		#lastMessageId;
		#lastMessageCode = -1;
		#items = new ToolItems();
		#blocks = /* @__PURE__ */ new Map();
		#envelopes = /* @__PURE__ */ new Map();
		#openCalls = /* @__PURE__ */ new Map();
		#keepEnvelope = /* @__PURE__ */ new Set();
		#unansweredRepeats = /* @__PURE__ */ new Set();
		#unansweredFirsts = /* @__PURE__ */ new Map();
		#movedOnto = /* @__PURE__ */ new Map();
		#moved = /* @__PURE__ */ new Map();
		#movedAway = /* @__PURE__ */ new Map();
		#relinks = /* @__PURE__ */ new Map();
		#crossings = /* @__PURE__ */ new Map();
		#boundaries = /* @__PURE__ */ new Map();
		#boundaryLines = [];
		#leaf;
		#lastLine = 0;
		#main = false;
		#childStart;
		#childList = /* @__PURE__ */ new Int32Array(0);
		#tailCalls = /* @__PURE__ */ new Set();
		#removals = new PlannedRemovals(this);
		#pinned = false;
		#onlySummaries = true;
		turnBoundaries = [];
		constructor(emit, options = { repairs: true }) {
			this.emit = emit;
			this.options = options;
		}
		record(line, info) {
			this.#lastLine = line;
			if (info.label !== "summary") this.#onlySummaries = false;
			if (info.leafUuid !== void 0) this.#leaf = {
				uuid: info.leafUuid,
				line
			};
			const entry = info.entry;
			if (!entry) return;
			const e = this.#add(line, entry.uuid);
			if (e < 0) return;
			this.#times[e] = entry.time;
			this.#flags[e] = roleCode(entry.role) | (entry.sidechain ? SIDECHAIN : 0) | (entry.boundary ? BOUNDARY : 0) | (info.known ? 0 : UNKNOWN) | (entry.compactSummary ? COMPACT_SUMMARY : 0);
			if (!entry.sidechain) this.#main = true;
			if (entry.parentUuid === null) this.#parents[e] = -1;
			else {
				const parent = this.#index.get(entry.parentUuid);
				if (parent === void 0) {
					this.#parents[e] = -2;
					this.#pending.set(e, entry.parentUuid);
				} else this.#adopt(e, parent);
			}
			this.#messages[e] = entry.messageId === void 0 ? -1 : this.#messageCode(entry.messageId);
			if (entry.boundary) {
				this.#boundaries.set(e, entry.boundary);
				this.#boundaryLines.push(line);
				const compacted = entry.boundary.logicalParent === void 0 ? void 0 : this.#index.get(entry.boundary.logicalParent);
				if (compacted !== void 0) this.#flags[compacted] |= PARENT;
			}
			const { calls: callBlocks, results: resultBlocks } = this.#items;
			const firstCall = callBlocks.count;
			const firstResult = resultBlocks.count;
			const repairs = this.options.repairs;
			for (const item of info.items) if (item.role === "call") {
				if (repairs && this.#items.calledId(item.callId)) this.#keepEnvelope.add(e);
				this.#items.addCall(e, item);
			} else if (item.role === "output") this.#items.addResult(e, item.callId);
			else if (item.role === "user-message") this.#flags[e] |= PROMPT;
			if (this.#flags[e] & PROMPT) this.turnBoundaries.push(line);
			if (callBlocks.count > firstCall && repairs) {
				if (info.envelope) this.#envelopes.set(e, info.envelope());
				for (let at = firstCall; at < callBlocks.count; at += 1) {
					const code = callBlocks.codeAt(at);
					if (this.#items.answered(code)) continue;
					const open = this.#openCalls.get(code);
					if (open !== void 0 && open !== e) this.#keepEnvelope.add(open);
					this.#openCalls.set(code, e);
				}
			}
			if (resultBlocks.count > firstResult) {
				if (entry.blocks !== void 0 && entry.blocks !== resultBlocks.count - firstResult) this.#blocks.set(e, entry.blocks);
				if (repairs) for (let at = firstResult; at < resultBlocks.count; at += 1) this.#answer(resultBlocks.codeAt(at), this.#parents[e]);
			}
		}
		#allAnswered(e) {
			const calls = this.#items.calls;
			const first = calls.first(e);
			for (let at = first, end = calls.end(first); at < end; at += 1) if (!this.#items.answered(calls.codeAt(at))) return false;
			return true;
		}
		#answer(code, resultParent) {
			const e = this.#openCalls.get(code);
			if (e === void 0) return;
			this.#openCalls.delete(code);
			if (resultParent !== e) this.#keepEnvelope.add(e);
			if (this.#allAnswered(e) && !this.#keepEnvelope.has(e)) this.#envelopes.delete(e);
		}
		end() {
			for (const [e, uuid] of this.#pending) {
				const parent = this.#index.get(uuid);
				if (parent === void 0) this.#missing.set(e, uuid);
				else this.#adopt(e, parent);
			}
			this.#pending.clear();
			this.#openCalls.clear();
			for (const e of this.#envelopes.keys()) if (this.#allAnswered(e) && !this.#keepEnvelope.has(e)) this.#envelopes.delete(e);
			const findings = [];
			new Resolution(this, (finding) => findings.push(finding)).run();
			const runs = this.options.runs ?? (() => true);
			const laterTurn = /* @__PURE__ */ new Set();
			for (const finding of findings) if ((finding.type === "orphan" || finding.type === "extra-output") && !finding.output.embedded && runs(REMOVING_RULE[finding.type])) this.#removals.add(this.#entryAt(finding.output.line), finding.output.callId);
			else if (isClaudeFinding(finding, "not-adjacent") && finding.laterTurn) laterTurn.add(this.#entryAt(finding.output.line));
			const resolved = findings.map((finding) => isClaudeFinding(finding, "not-adjacent") ? this.#throughRemovals(this.#offResultLine(finding, laterTurn)) : finding);
			for (const finding of resolved) if (isClaudeFinding(finding, "not-adjacent") && isMovable(finding) && runs("tool-result-not-adjacent")) {
				const callEntry = this.#entryAt(finding.call.line);
				const e = this.#entryAt(finding.output.line);
				this.#movedOnto.set(callEntry, [...this.#movedOnto.get(callEntry) ?? [], finding.output.callId]);
				this.#moved.set(e, moveEdit(finding));
				if (finding.children?.removed) this.#movedAway.set(e, {
					to: finding.children.to,
					rewrites: [...moveEdits(finding), ...removedRelinks(finding)]
				});
			}
			for (const finding of resolved) this.emit(finding);
		}
		#offResultLine(finding, laterTurn) {
			const parent = this.parentOf(this.#entryAt(finding.output.line));
			if (parent < 0 || this.#items.results.first(parent) < 0) return finding;
			if (laterTurn.has(parent)) return {
				...finding,
				heldBy: this.lineOf(parent)
			};
			if (!finding.children || !this.#removals.goes(parent)) return finding;
			return {
				...finding,
				children: {
					...finding.children,
					to: this.#heir(parent).uuid,
					through: this.lineOf(parent)
				}
			};
		}
		#throughRemovals(finding) {
			if (!finding.children) return finding;
			const results = this.#items.results;
			const children = this.childrenOf(this.#entryAt(finding.output.line));
			if (children.every((c) => results.first(c) < 0)) return finding;
			const left = {
				...finding,
				children: void 0
			};
			const removed = [];
			const pending = children.filter((c) => results.first(c) >= 0);
			for (let g = pending.pop(), steps = 0; g !== void 0; g = pending.pop(), steps += 1) {
				if (steps >= this.#count || !this.#removals.goes(g)) return left;
				for (const c of this.childrenOf(g)) if (this.#removals.goes(c)) pending.push(c);
				else if (results.first(c) >= 0) return left;
				else removed.push({
					line: this.lineOf(c),
					from: this.uuidOf(g)
				});
			}
			return {
				...finding,
				children: {
					...finding.children,
					lines: children.filter((c) => results.first(c) < 0).map((c) => this.lineOf(c)),
					removed
				}
			};
		}
		#heir(e) {
			const top = this.#removals.topRemoved(e);
			const relinked = this.#relinks.get(top);
			const away = relinked === void 0 ? this.#movedAway.get(this.parentOf(top)) : void 0;
			if (away) return {
				uuid: away.to,
				top,
				relinked: false,
				away: {
					line: this.lineOf(this.parentOf(top)),
					rewrites: away.rewrites
				}
			};
			return {
				uuid: relinked ?? this.parentUuidOf(top),
				top,
				relinked: relinked !== void 0
			};
		}
		placeholder(call, options) {
			const e = this.#entryAt(call.line);
			const envelope = e === void 0 ? void 0 : this.#envelopes.get(e);
			if (e === void 0 || !envelope) return void 0;
			const text = options.text ?? "[Tool call interrupted: the session ended before this call's result was recorded, so its outcome is unknown. Check whether it took effect before relying on it or running it again.]";
			const repeat = this.#unansweredRepeats.has(e);
			const id = repeat ? this.#ownId(e, call.item.callId) : call.item.callId;
			const kept = repeat ? this.#removals.keptChildren(e).find((child) => this.#removals.keptAnswers(child, call.item.callId) > 0) : void 0;
			if (kept !== void 0) {
				const line = this.lineOf(kept);
				return {
					action: `answered by its tool_result at line ${line} (linked to it once the line between them goes) under the id ${id}`,
					edits: [],
					needs: [renameToolIdEdit(call.line, "id", call.item.callId, id), renameToolIdEdit(line, "tool_use_id", call.item.callId, id)]
				};
			}
			const renamedRepeat = this.#unansweredFirsts.get(e);
			const needs = repeat ? { needs: [renameToolIdEdit(call.line, "id", call.item.callId, id)] } : renamedRepeat !== void 0 ? { needs: [renameToolIdEdit(this.lineOf(renamedRepeat), "id", id, this.#ownId(renamedRepeat, id))] } : {};
			const line = placeholderLine(this.uuidOf(e), id, envelope, text);
			const boundaryAfter = this.#boundaryLines.some((boundary) => boundary > call.line);
			if (boundaryAfter || !this.#pinned && !this.#tailCalls.has(call.line)) {
				const why = boundaryAfter ? "a compact boundary follows it" : "at the end it would become the leaf";
				const insert = {
					op: "insert-after",
					line: call.line,
					text: line
				};
				const next = this.#continuation(e);
				if (next.length === 0) return {
					action: `inserted an interrupted tool_result after line ${call.line} (${why})`,
					edits: [insert],
					...needs
				};
				const uuid = placeholderUuid(id, envelope);
				return {
					action: `inserted an interrupted tool_result after line ${call.line} (${why}) and linked line${next.length === 1 ? "" : "s"} ${next.map((c) => this.lineOf(c)).join(", ")} to it`,
					edits: [insert, ...next.map((c) => relinkParentEdit(this.lineOf(c), this.uuidOf(e), uuid))],
					...needs
				};
			}
			return {
				action: `appended an interrupted tool_result answering line ${call.line}`,
				edits: [{
					op: "insert-after",
					line: this.#lastLine,
					text: line
				}],
				...needs
			};
		}
		#continuation(e) {
			const calls = this.#items.calls;
			const first = calls.first(e);
			if (calls.end(first) - first !== 1) return [];
			const message = this.messageOf(e);
			const next = this.childrenOf(e).filter((c) => (message < 0 || this.messageOf(c) !== message) && this.#items.results.first(c) < 0);
			return next.some((c) => !this.known(c)) ? [] : next;
		}
		removeOutput(output, what) {
			const e = this.#entryAt(output.line);
			const removals = this.#removals;
			if (!removals.takeLine(e)) return {
				action: `removed ${what} from line ${output.line}`,
				edits: [withoutResultBlockEdit(output.line, output.callId)]
			};
			if (!removals.goes(e)) return void 0;
			const { uuid: parent, top, relinked, away } = this.#heir(e);
			const of = top === e ? "its" : `the ${relinked ? "lost " : ""}parent of line ${this.lineOf(top)}, which goes too`;
			const to = away ? `the old parent of line ${away.line}, which moves onto its tool_use` : relinked ? `the entry ${top === e ? "its lost parent" : of} is linked to` : top === e ? "its parent" : of;
			const children = this.childrenOf(e).filter((child) => !removals.goes(child) && !this.#moved.has(child));
			const moved = this.childrenOf(e).filter((child) => this.#moved.has(child));
			return {
				action: `removed ${what} at line ${output.line}${children.length > 0 ? ` and re-linked line${children.length === 1 ? "" : "s"} ${children.map((c) => this.lineOf(c)).join(", ")} to ${to}` : ""}` + (moved.length > 0 ? ` (the tool_result${moved.length === 1 ? "" : "s"} at line${moved.length === 1 ? "" : "s"} ${moved.map((c) => this.lineOf(c)).join(", ")} off it move${moved.length === 1 ? "s" : ""} onto ${moved.length === 1 ? "its" : "their"} tool_use)` : ""),
				edits: [{
					op: "remove",
					line: output.line
				}, ...children.map((child) => relinkParentEdit(this.lineOf(child), this.uuidOf(e), parent))],
				...(moved.length > 0 || away) && { needs: [...moved.map((child) => this.#moved.get(child)), ...away?.rewrites ?? []] }
			};
		}
		renameCall(call, first) {
			const e = this.#entryAt(call.line);
			const firstEntry = this.#entryAt(first.line);
			if (e === void 0 || firstEntry === void 0 || call.line === first.line || !this.known(e) || SUBAGENT_TOOLS.has(call.item.name ?? "")) return void 0;
			const id = call.item.callId;
			if (this.#items.callCount(id) !== 2) return void 0;
			const removals = this.#removals;
			const answers = (entry) => removals.keptAnswers(entry, id);
			const [result, ...more] = removals.keptChildren(e).filter((child) => answers(child) > 0);
			const moved = (this.#movedOnto.get(firstEntry) ?? []).filter((each) => each === id).length;
			const firstAnswers = removals.keptChildren(firstEntry).reduce((n, child) => n + answers(child), moved);
			const unanswered = result === void 0 && firstAnswers <= 1 && removals.keptResults(id) === firstAnswers;
			const firstOwnAnswers = this.#unansweredFirsts.has(firstEntry) ? 0 : 1;
			if (!unanswered && (result === void 0 || more.length > 0 || answers(result) !== 1 || !this.known(result) || firstAnswers !== firstOwnAnswers || removals.keptResults(id) !== firstOwnAnswers + 1)) return void 0;
			const renamed = this.#ownId(e, id);
			if (this.#items.has(renamed)) return void 0;
			if (result === void 0) return {
				action: `gave the tool_use at line ${call.line}, which has no tool_result, the id ${renamed} (the call at line ${first.line} keeps ${id})`,
				edits: [renameToolIdEdit(call.line, "id", id, renamed)]
			};
			const line = this.lineOf(result);
			return {
				action: `gave the tool_use at line ${call.line} and its tool_result at line ${line} the id ${renamed} (the call at line ${first.line} keeps ${id})`,
				edits: [renameToolIdEdit(call.line, "id", id, renamed), renameToolIdEdit(line, "tool_use_id", id, renamed)]
			};
		}
		#ownId(e, id) {
			return `${id}_${this.uuidOf(e).replace(/[^a-zA-Z0-9]/g, "").slice(-12)}`;
		}
		unansweredFirst(e, repeat) {
			this.#unansweredFirsts.set(e, repeat);
		}
		unansweredRepeat(e) {
			this.#unansweredRepeats.add(e);
		}
		relinked(e, uuid) {
			this.#relinks.set(e, uuid);
		}
		crossed(e, to) {
			this.#crossings.set(e, to);
		}
		get count() {
			return this.#count;
		}
		get main() {
			return this.#main;
		}
		get leafRow() {
			return this.#leaf;
		}
		get onlySummaries() {
			return this.#onlySummaries && this.#lastLine > 0;
		}
		indexOf(uuid) {
			return this.#index.get(uuid);
		}
		uuidOf(e) {
			return this.#index.uuidOf(e);
		}
		lineOf(e) {
			return this.#lines[e];
		}
		timeOf(e) {
			return this.#times[e];
		}
		roleOf(e) {
			return ROLES[this.#flags[e] & 7];
		}
		sidechain(e) {
			return (this.#flags[e] & SIDECHAIN) !== 0;
		}
		known(e) {
			return (this.#flags[e] & UNKNOWN) === 0;
		}
		isPrompt(e) {
			return (this.#flags[e] & PROMPT) !== 0;
		}
		boundaryOf(e) {
			return this.#boundaries.get(e);
		}
		isCompactSummary(e) {
			return (this.#flags[e] & COMPACT_SUMMARY) !== 0;
		}
		isBoundary(e) {
			return (this.#flags[e] & BOUNDARY) !== 0;
		}
		get boundaries() {
			return this.#boundaries;
		}
		parentOf(e) {
			return this.#parents[e];
		}
		walkedParentOf(e) {
			const parent = this.#parents[e];
			return parent === -2 ? this.#crossings.get(e) ?? -2 : parent;
		}
		missingParentOf(e) {
			return this.#missing.get(e);
		}
		get missingParents() {
			return this.#missing;
		}
		parentUuidOf(e) {
			const parent = this.#parents[e];
			return parent === -1 ? null : parent === -2 ? this.#missing.get(e) : this.uuidOf(parent);
		}
		messageOf(e) {
			return this.#messages[e];
		}
		get tools() {
			return this.#items;
		}
		hasCalls(e) {
			return this.#items.calls.first(e) >= 0;
		}
		callEntries() {
			return this.#items.calls.entries();
		}
		get messageCount() {
			return this.#messageIds.size;
		}
		blocksOf(e) {
			const blocks = this.#blocks.get(e);
			if (blocks !== void 0) return blocks;
			const first = this.#items.results.first(e);
			return first < 0 ? 0 : this.#items.results.end(first) - first;
		}
		callRecord(e, item, embedded) {
			const line = this.lineOf(e);
			const timestamp = this.timestampOf(e);
			return {
				line,
				item,
				embedded,
				runStart: line,
				turn: 0,
				...timestamp !== void 0 && { timestamp }
			};
		}
		outputRecord(e, callId, outside) {
			return {
				line: this.lineOf(e),
				kind: "tool_result",
				callId,
				embedded: outside,
				turn: 0,
				early: false
			};
		}
		timestampOf(e) {
			const time = this.#times[e];
			return Number.isNaN(time) ? void 0 : new Date(time).toISOString();
		}
		childrenOf(e) {
			const start = this.#childStart ??= this.#indexChildren();
			return Array.from(this.#childList.subarray(start[e], start[e + 1]));
		}
		hasChildren(e) {
			return (this.#flags[e] & PARENT) !== 0;
		}
		settle(tailCalls, pinned) {
			this.#tailCalls = tailCalls;
			this.#pinned = pinned;
		}
		#messageCode(messageId) {
			if (messageId !== this.#lastMessageId) {
				this.#lastMessageId = messageId;
				this.#lastMessageCode = this.#messageIds.intern(messageId);
			}
			return this.#lastMessageCode;
		}
		#add(line, uuid) {
			const e = this.#count;
			if (!this.#index.add(uuid, e)) return -1;
			if (e === this.#lines.length) this.#grow();
			this.#count += 1;
			this.#lines[e] = line;
			return e;
		}
		#entryAt(line) {
			let low = 0;
			let high = this.#count - 1;
			while (low <= high) {
				const middle = low + high >>> 1;
				const at = this.#lines[middle];
				if (at === line) return middle;
				if (at < line) low = middle + 1;
				else high = middle - 1;
			}
		}
		#adopt(e, parent) {
			this.#parents[e] = parent;
			this.#flags[parent] |= PARENT;
		}
		#indexChildren() {
			const count = this.#count;
			const start = new Int32Array(count + 1);
			for (let c = 0; c < count; c += 1) if (this.#parents[c] >= 0) start[this.#parents[c] + 1] += 1;
			for (let e = 0; e < count; e += 1) start[e + 1] += start[e];
			const list = new Int32Array(start[count]);
			const next = start.slice(0, count);
			for (let c = 0; c < count; c += 1) if (this.#parents[c] >= 0) list[next[this.#parents[c]]++] = c;
			this.#childList = list;
			return start;
		}
		#grow() {
			const size = grownLength(this.#lines.length);
			this.#lines = grownArray(this.#lines, size);
			this.#parents = grownArray(this.#parents, size);
			this.#times = grownArray(this.#times, size);
			this.#flags = grownArray(this.#flags, size);
			this.#messages = grownArray(this.#messages, size);
		}
	};
}));
// dist/formats/claude-code/live-session.js
async function claudeLiveSession(path, processes) {
	const sessionId = sessionIdOf(path);
	const marked = /* @__PURE__ */ new Set();
	for (const folder of sessionFolders(path)) for (const name of entries(folder)) {
		if (!/^\d+\.json$/.test(name)) continue;
		const marker = (0, node_path.join)(folder, name);
		const record = markerIn(marker);
		if (typeof record?.pid !== "number" || !Number.isSafeInteger(record.pid)) continue;
		marked.add(record.pid);
		if (record.sessionId !== sessionId) continue;
		if (running(record.pid, record.procStart, processes)) return {
			pid: record.pid,
			name: "claude",
			evidence: `owns the session (${marker})`
		};
	}
	return unmarkedClientIn(projectFolderOf(path), marked, processes);
}
function entries(folder) {
	try {
		return (0, node_fs.readdirSync)(folder);
	} catch {
		return [];
	}
}
function markerIn(path) {
	try {
		return JSON.parse((0, node_fs.readFileSync)(path, "utf8"));
	} catch {
		return;
	}
}
function sessionIdOf(path) {
	const file = (0, node_path.basename)(path).replace(/\.jsonl$/, "");
	return (0, node_path.basename)((0, node_path.dirname)(path)) === "subagents" ? (0, node_path.basename)((0, node_path.dirname)((0, node_path.dirname)(path))) : file;
}
function projectFolderOf(path) {
	return (0, node_path.basename)((0, node_path.dirname)(path)) === "subagents" ? (0, node_path.basename)((0, node_path.dirname)((0, node_path.dirname)((0, node_path.dirname)(path)))) : (0, node_path.basename)((0, node_path.dirname)(path));
}
function isClaudeCommand(argv) {
	const script = argv.slice(1).find((arg) => !arg.startsWith("-"));
	return (0, node_path.basename)(argv[0] ?? "") === "claude" || script !== void 0 && /[/\\]@anthropic-ai[/\\]claude-code[/\\]cli\.js$/.test(script);
}
function unmarkedClientIn(project, marked, processes) {
	for (const pid of processes.pids) {
		if (marked.has(pid) || !isClaudeCommand(processes.argv(pid))) continue;
		const cwd = processes.cwd(pid);
		if (cwd === void 0 || cwd.replace(/[^a-zA-Z0-9]/g, "-") !== project) continue;
		return {
			pid,
			name: "claude",
			evidence: `runs in the project's folder (${cwd}) and, older than 2.1, marks no session it writes`
		};
	}
}
function sessionFolders(path) {
	const parts = (0, node_path.resolve)(path).split(node_path.sep);
	const projects = parts.lastIndexOf("projects");
	const beside = projects > 0 ? (0, node_path.join)(parts.slice(0, projects).join(node_path.sep) || node_path.sep, "sessions") : void 0;
	const configured = (0, node_path.join)(process.env.CLAUDE_CONFIG_DIR || (0, node_path.join)((0, node_os.homedir)(), ".claude"), "sessions");
	return [...new Set([beside, configured].filter((folder) => folder !== void 0))];
}
function running(pid, procStart, processes) {
	try {
		process.kill(pid, 0);
	} catch (error) {
		if (error.code !== "EPERM") return false;
	}
	return typeof procStart !== "string" || !processes.listed || processes.startTime(pid) === procStart;
}
var init_live_session = __esmMin((() => {}));
// dist/formats/claude-code/time.js
function parseTime(text) {
	if (text.length !== 24 || text.charCodeAt(4) !== DASH$1 || text.charCodeAt(7) !== DASH$1 || text.charCodeAt(10) !== T || text.charCodeAt(13) !== COLON$1) return Date.parse(text);
	if (text.charCodeAt(16) !== COLON$1 || text.charCodeAt(19) !== DOT$1 || text.charCodeAt(23) !== Z) return Date.parse(text);
	const y0 = text.charCodeAt(0) - ZERO$1;
	const y1 = text.charCodeAt(1) - ZERO$1;
	const y2 = text.charCodeAt(2) - ZERO$1;
	const y3 = text.charCodeAt(3) - ZERO$1;
	const mo0 = text.charCodeAt(5) - ZERO$1;
	const mo1 = text.charCodeAt(6) - ZERO$1;
	const d0 = text.charCodeAt(8) - ZERO$1;
	const d1 = text.charCodeAt(9) - ZERO$1;
	const h0 = text.charCodeAt(11) - ZERO$1;
	const h1 = text.charCodeAt(12) - ZERO$1;
	const mi0 = text.charCodeAt(14) - ZERO$1;
	const mi1 = text.charCodeAt(15) - ZERO$1;
	const s0 = text.charCodeAt(17) - ZERO$1;
	const s1 = text.charCodeAt(18) - ZERO$1;
	const ms0 = text.charCodeAt(20) - ZERO$1;
	const ms1 = text.charCodeAt(21) - ZERO$1;
	const ms2 = text.charCodeAt(22) - ZERO$1;
	if ((y0 | y1 | y2 | y3 | mo0 | mo1 | d0 | d1 | h0 | h1 | mi0 | mi1 | s0 | s1 | ms0 | ms1 | ms2) < 0) return Date.parse(text);
	if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || mo0 > 9 || mo1 > 9 || d0 > 9 || d1 > 9 || h0 > 9 || h1 > 9 || mi0 > 9 || mi1 > 9 || s0 > 9 || s1 > 9 || ms0 > 9 || ms1 > 9 || ms2 > 9) return Date.parse(text);
	const year = y0 * 1e3 + y1 * 100 + y2 * 10 + y3;
	const month = mo0 * 10 + mo1;
	const day = d0 * 10 + d1;
	const hour = h0 * 10 + h1;
	const minute = mi0 * 10 + mi1;
	const second = s0 * 10 + s1;
	if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return Date.parse(text);
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return (era * 146097 + dayOfEra - 719468) * 864e5 + hour * 36e5 + minute * 6e4 + second * 1e3 + ms0 * 100 + ms1 * 10 + ms2;
}
var DASH$1, COLON$1, DOT$1, T, Z, ZERO$1;
var init_time = __esmMin((() => {
	DASH$1 = 45;
	COLON$1 = 58;
	DOT$1 = 46;
	T = 84;
	Z = 90;
	ZERO$1 = 48;
}));
// dist/formats/claude-code/records.js
function copiable(fields) {
	for (const field of COPIED_FIELDS) {
		const kind = fields.kind(field);
		if (kind === "object" || kind === "array") return false;
	}
	return true;
}
function classifyScanned(fields) {
	const type = fields.string(TYPE);
	if (type === "system" && fields.string(SUBTYPE) === "compact_boundary") return void 0;
	if (type !== "user" && type !== "assistant" || fields.kind(MESSAGE) !== "object" || fields.kind(CONTENT) !== "array") return classifyFields(fields);
	const length = fields.length(CONTENT);
	if (length > 1) return void 0;
	const blockType = length === 0 ? void 0 : fields.string(BLOCK_TYPE);
	if (type === "assistant" && blockType === "tool_use" && !copiable(fields)) return void 0;
	const block = SCANNED_BLOCK;
	block.type = blockType;
	block.id = blockType === "tool_use" ? fields.string(BLOCK_ID) : void 0;
	block.name = blockType === "tool_use" ? fields.string(BLOCK_NAME) : void 0;
	block.tool_use_id = blockType === "tool_result" ? fields.string(BLOCK_TOOL_USE_ID) : void 0;
	SCANNED_CONTENT.blocks = length === 0 ? NO_BLOCKS : ONE_BLOCK;
	SCANNED_CONTENT.fields = fields;
	return classifyFields(fields, SCANNED_CONTENT);
}
function scalarOf(fields, field) {
	switch (fields.kind(field)) {
		case "string": return fields.string(field);
		case "number": return fields.number(field);
		case "boolean": return fields.boolean(field);
		case "null": return null;
		default: return;
	}
}
function scannedEnvelope(fields) {
	const envelope = { timestamp: scalarOf(fields, TIMESTAMP) };
	for (const [name, field] of ENVELOPE_REFS) if (fields.kind(field) !== "absent") envelope[name] = scalarOf(fields, field);
	return envelope;
}
function parsedEnvelope(value) {
	const envelope = { timestamp: value.timestamp };
	for (const field of ENVELOPE_FIELDS) if (field in value) envelope[field] = value[field];
	return envelope;
}
function labelOf(type, subtype) {
	if (subtype === void 0) return type;
	const key = `${type}/${subtype}`;
	let label = labels.get(key);
	if (label === void 0) {
		label = key;
		if (labels.size < 256) labels.set(key, label);
	}
	return label;
}
function classifyFields(fields, content) {
	const type = fields.string(TYPE);
	if (type === void 0) return info("record", false, NO_ITEMS);
	const subtype = type === "system" ? fields.string(SUBTYPE) : void 0;
	const label = labelOf(type, subtype);
	const known = KNOWN_TYPES.has(type);
	if (type === "last-prompt") return info(label, known, NO_ITEMS, void 0, void 0, fields.string(LEAF_UUID));
	const uuid = fields.string(UUID);
	const chained = type === "user" || type === "assistant" || type === "attachment" || type === "system";
	if (uuid === void 0) return info(label, known, NO_ITEMS, void 0, chained && type !== "system" ? "a user, assistant or attachment line needs a string uuid" : void 0);
	const parentKind = fields.kind(PARENT_UUID);
	if (parentKind !== "string" && parentKind !== "null" && parentKind !== "absent") return info(label, known, NO_ITEMS, void 0, "parentUuid must be a string or null");
	const timestamp = fields.string(TIMESTAMP);
	const entry = {
		uuid,
		parentUuid: fields.string(PARENT_UUID) ?? null,
		sidechain: fields.boolean(IS_SIDECHAIN) === true,
		role: "other",
		time: timestamp === void 0 ? NaN : parseTime(timestamp),
		messageId: void 0,
		boundary: void 0,
		blocks: void 0,
		compactSummary: type === "user" && fields.boolean(IS_COMPACT_SUMMARY) === true
	};
	if (!chained) return info(label, known, NO_ITEMS, entry);
	if (type === "attachment" || type === "system") {
		entry.role = type;
		if (subtype === "compact_boundary") entry.boundary = boundaryOf(content?.value);
		return info(label, known, NO_ITEMS, entry);
	}
	if (fields.kind(MESSAGE) !== "object") return info(label, known, NO_ITEMS, void 0, "a user or assistant line needs a message object");
	const contentKind = fields.kind(CONTENT);
	entry.role = type;
	if (type === "user") {
		if (contentKind === "string") return info(label, known, USER_MESSAGE, entry);
		if (contentKind !== "array") return info(label, known, NO_ITEMS, entry, "message.content must be a string or an array");
		return userBlocks(label, known, entry, content.blocks);
	}
	entry.messageId = fields.string(MESSAGE_ID);
	if (contentKind !== "array") return info(label, known, NO_ITEMS, entry, contentKind !== "string" ? "message.content must be an array" : void 0);
	return assistantBlocks(label, known, entry, content);
}
function info(label, known, items, entry, invalid, leafUuid, envelope) {
	return {
		label,
		known,
		items,
		entry,
		invalid,
		leafUuid,
		envelope
	};
}
function userBlocks(label, known, entry, blocks) {
	let items;
	let invalid;
	let results = 0;
	for (const block of blocks) {
		const { type, tool_use_id: id } = block ?? {};
		if (type !== "tool_result") continue;
		results += 1;
		if (typeof id === "string") items = withItem(items, {
			role: "output",
			callId: id,
			kind: "tool_result"
		});
		else invalid ??= "a tool_result block needs a string tool_use_id";
	}
	if (results === 0) return info(label, known, USER_MESSAGE, entry, invalid);
	entry.blocks = blocks.length;
	return info(label, known, items ?? NO_ITEMS, entry, invalid);
}
function assistantBlocks(label, known, entry, content) {
	let items;
	let invalid;
	for (const block of content.blocks) {
		const { type, id, name } = block ?? {};
		if (type !== "tool_use") continue;
		if (typeof id === "string") items = withItem(items, {
			role: "call",
			callId: id,
			kind: "tool_use",
			expects: "tool_result",
			name: typeof name === "string" ? name : void 0
		});
		else invalid ??= "a tool_use block needs a string id";
	}
	return info(label, known, items ?? NO_ITEMS, entry, invalid, void 0, items && content.envelope);
}
function withItem(items, item) {
	if (items === void 0) return [item];
	items.push(item);
	return items;
}
function boundaryOf(value) {
	const metadata = value?.compactMetadata ?? {};
	const segment = metadata.preservedSegment ?? {};
	const messages = metadata.preservedMessages ?? {};
	const text = (x) => typeof x === "string" ? x : void 0;
	const head = text(segment.headUuid);
	const anchor = text(segment.anchorUuid);
	const tail = text(segment.tailUuid);
	const listed = Array.isArray(messages.uuids) ? messages.uuids.filter((uuid) => typeof uuid === "string") : [];
	const preserved = [...new Set([
		head,
		anchor,
		tail,
		text(messages.anchorUuid),
		...listed
	].filter((uuid) => uuid !== void 0))];
	const logicalParent = text(value?.logicalParentUuid);
	return {
		preserved,
		...anchor && { anchor },
		...head && { head },
		...tail && { tail },
		...logicalParent && { logicalParent }
	};
}
function classifyClaude(value) {
	const record = value;
	const content = record.message?.content;
	return classifyFields(fieldsOf(value, FIELDS), {
		blocks: Array.isArray(content) ? content : [],
		envelope: () => parsedEnvelope(record),
		value: record
	});
}
function isClaudeRecord(value) {
	const record = value;
	if ("payload" in record) return false;
	return typeof record.type === "string" && KNOWN_TYPES.has(record.type) || typeof record.sessionId === "string" && typeof record.type === "string";
}
var KNOWN_TYPES, ENVELOPE_FIELDS, NO_ITEMS, USER_MESSAGE, BLOCK, FIELDS, TYPE, PAYLOAD, UUID, PARENT_UUID, IS_SIDECHAIN, TIMESTAMP, SUBTYPE, LEAF_UUID, SESSION_ID, MESSAGE, MESSAGE_ID, CONTENT, IS_COMPACT_SUMMARY, BLOCK_TYPE, BLOCK_ID, BLOCK_NAME, BLOCK_TOOL_USE_ID, ENVELOPE_REFS, COPIED_FIELDS, SCANNED_BLOCK, ONE_BLOCK, NO_BLOCKS, SCANNED_CONTENT, labels, claudeScan;
var init_records = __esmMin((() => {
	init_field_list();
	init_value_fields();
	init_time();
	KNOWN_TYPES = /* @__PURE__ */ new Set([
		"user",
		"assistant",
		"system",
		"attachment",
		"summary",
		"queue-operation",
		"last-prompt",
		"mode",
		"permission-mode",
		"file-history-snapshot",
		"file-history-delta",
		"progress",
		"custom-title",
		"ai-title",
		"agent-name",
		"agent-setting",
		"bridge-session",
		"pr-link",
		"content-replacement",
		"worktree-state",
		"fork-context-ref",
		"frame-link",
		"relocated",
		"result",
		"saved_hook_context",
		"started",
		"tag",
		"turn_end",
		"atis-latch",
		"tools-used",
		"cost-state",
		"api-request",
		"api-request-shape",
		"api-request-blob"
	]);
	ENVELOPE_FIELDS = [
		"isSidechain",
		"agentId",
		"userType",
		"entrypoint",
		"cwd",
		"sessionId",
		"version",
		"gitBranch",
		"slug"
	];
	NO_ITEMS = [];
	USER_MESSAGE = [{ role: "user-message" }];
	BLOCK = "message.content[]";
	FIELDS = new FieldList([
		"type",
		"payload",
		"uuid",
		"parentUuid",
		"isSidechain",
		"timestamp",
		"subtype",
		"leafUuid",
		"sessionId",
		"message",
		"message.id",
		"message.content",
		"isCompactSummary",
		`${BLOCK}.type`,
		`${BLOCK}.id`,
		`${BLOCK}.name`,
		`${BLOCK}.tool_use_id`,
		...ENVELOPE_FIELDS
	], { distinct: ["timestamp"] });
	[TYPE, PAYLOAD, UUID, PARENT_UUID, IS_SIDECHAIN, TIMESTAMP, SUBTYPE, LEAF_UUID, SESSION_ID, MESSAGE, MESSAGE_ID, CONTENT] = [
		"type",
		"payload",
		"uuid",
		"parentUuid",
		"isSidechain",
		"timestamp",
		"subtype",
		"leafUuid",
		"sessionId",
		"message",
		"message.id",
		"message.content"
	].map((path) => FIELDS.of(path));
	IS_COMPACT_SUMMARY = FIELDS.of("isCompactSummary");
	[BLOCK_TYPE, BLOCK_ID, BLOCK_NAME, BLOCK_TOOL_USE_ID] = [
		"type",
		"id",
		"name",
		"tool_use_id"
	].map((name) => FIELDS.of(`${BLOCK}.${name}`));
	ENVELOPE_REFS = ENVELOPE_FIELDS.map((name) => [name, FIELDS.of(name)]);
	COPIED_FIELDS = [TIMESTAMP, ...ENVELOPE_REFS.map(([, ref]) => ref)];
	SCANNED_BLOCK = {
		type: void 0,
		id: void 0,
		name: void 0,
		tool_use_id: void 0
	};
	ONE_BLOCK = [SCANNED_BLOCK];
	NO_BLOCKS = [];
	SCANNED_CONTENT = {
		blocks: NO_BLOCKS,
		fields: void 0,
		envelope: () => scannedEnvelope(SCANNED_CONTENT.fields)
	};
	labels = /* @__PURE__ */ new Map();
	claudeScan = {
		fields: FIELDS,
		classify: classifyScanned,
		matches: (fields) => {
			const type = fields.string(TYPE);
			return fields.kind(PAYLOAD) === "absent" && type !== void 0 && (KNOWN_TYPES.has(type) || fields.kind(SESSION_ID) === "string");
		},
		timestampOf: (fields) => fields.string(TIMESTAMP)
	};
}));
// dist/formats/claude-code/adapter.js
var CLAUDE_WORDS, claudeCode;
var init_adapter = __esmMin((() => {
	init_chain();
	init_live_session();
	init_records();
	CLAUDE_WORDS = {
		callKey: "id",
		outputKey: "tool_use_id",
		outsideNote: " It is outside the conversation Claude Code rebuilds on resume (on a dead branch, behind a cut in the parentUuid chain, or in the history a later compact boundary summarised).",
		embeddedNote: " fix leaves dead branches as they are."
	};
	claudeCode = {
		name: "claude-code",
		description: "Claude Code transcript (~/.claude/projects/\u2026/<session>.jsonl)",
		words: CLAUDE_WORDS,
		matches: isClaudeRecord,
		classify: classifyClaude,
		timestampOf: (value) => {
			const timestamp = value.timestamp;
			return typeof timestamp === "string" ? timestamp : void 0;
		},
		scan: claudeScan,
		toleratesBom: true,
		createHistory: (emit, options) => new ClaudeHistory(emit, options),
		liveSession: claudeLiveSession
	};
}));
// dist/formats/claude-code/rules/broken-parent-chain.js
var broken_parent_chain_default;
var init_broken_parent_chain = __esmMin((() => {
	init_rule();
	init_resolution();
	init_findings();
	init_relink();
	broken_parent_chain_default = defineRule({
		name: "broken-parent-chain",
		code: "SD401",
		severity: "error",
		fixable: true,
		summary: "A parentUuid names no entry in the file.",
		explanation: "Claude Code rebuilds the conversation by walking parentUuid back from the last message. When a parent is not in the file (a lost or torn line, a writer bug), it bridges to the nearest earlier entry only if that is at most 5 s older (Claude Code 2.1 and later; 2.0.77 and 1.0.128 bridge no gap); beyond that the walk ends and all earlier history is dropped without a word. An error when history is lost (the message says how many messages become unreachable), a warning when the client bridges it or the break is on a dead branch. fix links a bridged entry to the entry the client bridges to (safe: the model sees the same, and older clients get the history back). A cut chain is re-linked to the entry the client would bridge to only when that entry is unambiguous and only with --unsafe-fixes, because it changes what the model sees: it restores the lost history. A compact summary beyond the bridge names its boundary, so a lost boundary (a torn compact_boundary line) loses the messages it preserved, not the history before it, which stays compacted: fix makes the summary the root it already is to the client (re-linking it to the entry before would send the whole history the user compacted away).",
		create(context) {
			return { pairing(finding) {
				if (!isClaudeFinding(finding, "broken-parent")) return;
				const { line, missing, bridged, known, outside, unreachable, summary, target } = finding;
				if (summary) {
					context.report({
						line,
						message: `parentUuid ${missing} names no entry in the file: it was the compact boundary of this summary, which is lost. Claude Code starts the conversation at the summary, without the messages the boundary preserved; the history before it stays compacted.`,
						fixable: known,
						repair: () => ({
							action: `made line ${line}, a compact summary whose boundary is lost, the root it is to Claude Code`,
							edits: [relinkParentEdit(line, missing, null)]
						})
					});
					return;
				}
				const seconds = target ? ` (${(target.gapMs / 1e3).toFixed(1)} s before it)` : "";
				const onto = target ? `line ${target.line}${seconds}` : "";
				let message = `parentUuid ${missing} names no entry in the file;`;
				if (outside) message += " the entry is on a dead branch, which Claude Code does not walk.";
				else if (bridged) message += ` Claude Code bridges it to ${onto}, within its ${BRIDGE_MS / 1e3} s window (since 2.1; 2.0 and 1.0 drop the earlier history there).`;
				else if (unreachable === 0) message += " no earlier message is in the file, so the conversation starts here and nothing is lost.";
				else message += ` Claude Code ends the conversation here: ${unreachable} earlier message${unreachable === 1 ? " is" : "s are"} dropped on resume${target ? ` (the nearest earlier entry is ${onto}, beyond the ${BRIDGE_MS / 1e3} s bridge)` : ""}.`;
				const relinkable = known && !outside && target?.unique === true && (bridged || unreachable > 0);
				if (!outside && target && !target.unique) message += " More than one entry has that timestamp, so fix does not choose.";
				context.report({
					line,
					message,
					outsideHistory: outside || bridged || unreachable === 0,
					fixable: relinkable,
					...!bridged && { applicability: "unsafe" },
					repair: () => ({
						action: `linked line ${line} to its ${bridged ? "bridged" : "nearest earlier"} entry at line ${target.line}`,
						edits: [relinkParentEdit(line, missing, target.uuid)]
					})
				});
			} };
		}
	});
}));
// dist/formats/claude-code/rules/dangling-compact-reference.js
var dangling_compact_reference_default;
var init_dangling_compact_reference = __esmMin((() => {
	init_rule();
	init_findings();
	dangling_compact_reference_default = defineRule({
		name: "dangling-compact-reference",
		code: "SD403",
		severity: "error",
		fixable: true,
		fixSafety: "unsafe",
		summary: "A compact boundary names preserved messages the file does not hold.",
		explanation: "After /compact, Claude Code resumes from the boundary's summary and the messages its compactMetadata preserves (preservedSegment headUuid, anchorUuid, tailUuid; preservedMessages). When one of them is missing, the client silently drops the summary and the preserved messages. A warning for an older boundary that the conversation no longer starts from. The lost lines cannot be rebuilt, so fix leaves them, but for one case: a boundary that ends the file without its summary (the client was killed while /compact wrote its lines). 2.1.332 still resumes from that boundary, not from the leaf it compacted, and sends the preserved messages with no summary before them (a request that can start with an assistant message). With --unsafe-fixes fix removes the unfinished boundary, and the conversation goes on from the history before it, as if /compact had not run: the model sees that history again.",
		create(context) {
			return { pairing(finding) {
				if (!isClaudeFinding(finding, "dangling-compact")) return;
				const { line, missing, outside, unfinished } = finding;
				const what = `The compact boundary names ${missing.length === 1 ? "an entry" : `${missing.length} entries`} not in the file (${missing.join(", ")}); `;
				const consequence = outside ? "the conversation no longer starts from this boundary." : unfinished ? "it ends the file without its summary (the compaction was cut off): Claude Code resumes from it with the preserved messages and no summary." : "Claude Code drops the summary and the preserved messages on resume.";
				context.report({
					line,
					message: what + consequence,
					outsideHistory: outside,
					fixable: unfinished === true,
					applicability: "unsafe",
					repair: () => ({
						action: `removed the unfinished compact boundary at line ${line} (the conversation goes on from the history it would have compacted)`,
						edits: [{
							op: "remove",
							line
						}]
					})
				});
			} };
		}
	});
}));
// dist/formats/claude-code/rules/dangling-leaf-uuid.js
var dangling_leaf_uuid_default;
var init_dangling_leaf_uuid = __esmMin((() => {
	init_rule();
	init_findings();
	dangling_leaf_uuid_default = defineRule({
		name: "dangling-leaf-uuid",
		code: "SD402",
		severity: "warning",
		fixable: false,
		summary: "The last last-prompt row names a message the file does not hold.",
		explanation: "Claude Code resumes from the message the last last-prompt row names as its leafUuid. When that message is not in the file (it was lost, or the row was copied from another session), the client ignores the row and resumes from the last message in file order, which may be another branch than the one last used. The usual cause is a torn tail: 2.1.332 can write the last-prompt row before the message it names, and a crash then loses the message. fix leaves the row, and does not append one of its own: a row naming the message the client falls back to would change nothing the client does (it already resumes from there), a row naming any other message would be a guess (which message was meant cannot be known from the file), and the client writes a new last-prompt row with the next prompt it sends, which ends the warning.",
		create(context) {
			return { pairing(finding) {
				if (!isClaudeFinding(finding, "dangling-leaf")) return;
				context.report({
					line: finding.line,
					message: `last-prompt names leaf ${finding.uuid}, which is not in the file; Claude Code resumes from the last message in file order instead.`
				});
			} };
		}
	});
}));
// dist/formats/claude-code/rules/empty-transcript.js
var empty_transcript_default;
var init_empty_transcript = __esmMin((() => {
	init_rule();
	init_findings();
	empty_transcript_default = defineRule({
		name: "empty-transcript",
		code: "SD404",
		severity: "error",
		fixable: false,
		summary: "The transcript holds no user or assistant message.",
		explanation: "Claude Code resumes a session from its messages. A transcript with only rows outside the chain (queue-operation, last-prompt, snapshots), or whose messages were all lost, fails to resume with \"No conversation found with session ID\". There is nothing to rebuild it from, so fix leaves it. A file of summary rows only is not reported: Claude Code 1.0.x writes one for each resumed session, the title of a conversation kept in another file.",
		create(context) {
			return { pairing(finding) {
				if (!isClaudeFinding(finding, "empty")) return;
				context.report({
					line: 1,
					message: "The transcript holds no user or assistant message; claude --resume fails with \"No conversation found with session ID\"."
				});
			} };
		}
	});
}));
// dist/formats/claude-code/rules/tool-result-not-adjacent.js
var tool_result_not_adjacent_default;
var init_tool_result_not_adjacent = __esmMin((() => {
	init_rule();
	init_describe();
	init_findings();
	tool_result_not_adjacent_default = defineRule({
		name: "tool-result-not-adjacent",
		code: "SD108",
		severity: "error",
		fixable: true,
		summary: "A tool_result is not in the user message right after its tool_use.",
		explanation: "The Messages API needs every tool_use answered in the very next user message (\"tool_use ids were found without tool_result blocks immediately after\"). Claude Code rebuilds that message from the result lines that are children of the tool_use's line, or that follow it on the chain. A result separated from its call (another message in between, or hung off another entry) is thrown away on every request and replaced by \"[Tool result missing due to internal error]\": the model loses the real output. fix re-parents the result line onto its tool_use's line (parentUuid and sourceToolAssistantUUID), which keeps the real output where the client expects it. A result in a later turn than its call (a prompt between them) has the lines after it hanging off it: moved alone they would take the turns between off the conversation, so fix also re-links those lines to the result's old parent, and every turn stays. That is an unsafe fix, applied only with --unsafe-fixes: the turns between were answered without that output, and the model would now see it before them (and the later turn loses the empty user message the stripped result left). When the result's parent is a result line fix takes out (an orphan, a second answer), the one fix does both: the removal leaves the result to its move, and the lines after it go where the removed line's children go; when a line after it is such a line, its removal re-links what hangs off it to the result's old parent. A later-turn result is left when those lines cannot be re-linked (one is of a type this tool does not know, or a result line fix keeps there). A result that hangs off a later-turn result left so is left too: moved alone, it would leave that one's move to a second fix.",
		create(context) {
			return { pairing(finding) {
				if (!isClaudeFinding(finding, "not-adjacent")) return;
				const { output, call, blocks, laterTurn, children, heldBy, outside } = finding;
				const words = wordsOf(context);
				const movable = isMovable(finding);
				context.report({
					line: output.line,
					message: `${describeOutput(output, words)} is not in the user message right after ${describeCall(call, words)} at line ${call.line}; Claude Code replaces it with a placeholder and the model loses the real output.` + (outside ? words.outsideNote : "") + (movable ? laterTurn ? children?.through === void 0 ? " It sits in a later turn: fix re-links the lines after it to its parent, so that every turn stays." : ` It sits in a later turn, off line ${children.through}, which fix takes out: fix re-links the lines after it where that line's children go, so that every turn stays.` : "" : blocks > 1 ? " Its line holds other blocks too, so fix leaves it." : heldBy !== void 0 ? ` It hangs off the tool_result at line ${heldBy}, which sits in a later turn than its own tool_use and cannot move while this one hangs off it: moved alone, this one would leave that move to a second fix, so fix leaves both.` : laterTurn ? " It sits in a later turn, and fix cannot re-link the lines after it to its parent: moved onto its tool_use, it would take the turns between off the conversation, so fix leaves it." : " It already hangs off its tool_use, so fix cannot move it."),
					callId: output.callId,
					outsideHistory: outside,
					fixable: movable,
					...laterTurn && { applicability: "unsafe" },
					repair: () => {
						const relinked = children?.lines ?? [];
						const to = children?.through === void 0 ? "its old parent" : `the entry that takes the children of its old parent at line ${children.through}, which goes`;
						return {
							action: `re-parented the tool_result at line ${output.line} onto its tool_use at line ${call.line}` + (relinked.length > 0 ? ` and re-linked line${relinked.length === 1 ? "" : "s"} ${relinked.join(", ")} to ${to}` : ""),
							edits: moveEdits(finding),
							...children?.removed && children.removed.length > 0 && { needs: removedRelinks(finding) }
						};
					}
				});
			} };
		}
	});
}));
// dist/formats/claude-code/rules/index.js
var CLAUDE_RULES;
var init_rules$2 = __esmMin((() => {
	init_broken_parent_chain();
	init_dangling_compact_reference();
	init_dangling_leaf_uuid();
	init_empty_transcript();
	init_tool_result_not_adjacent();
	CLAUDE_RULES = [
		tool_result_not_adjacent_default,
		broken_parent_chain_default,
		dangling_leaf_uuid_default,
		dangling_compact_reference_default,
		empty_transcript_default
	];
}));
// dist/formats/codex/rules/legacy-format.js
var legacy_format_default;
var init_legacy_format = __esmMin((() => {
	init_rule();
	init_records$1();
	legacy_format_default = defineRule({
		name: "legacy-format",
		code: "SD305",
		severity: "warning",
		fixable: false,
		summary: "The file uses a Codex format that current Codex cannot resume.",
		explanation: "Codex builds from May to September 2025 wrote a bare session header line followed by bare response items (and {\"record_type\":\"state\"} snapshots). Current Codex reads every such line as a parse error and fails to resume with \"failed to parse thread ID from rollout file\". The pairing rules still apply to these files. Converting to the current envelope is not done by fix.",
		create(context) {
			return { firstRecord({ line }) {
				const format = codexFormat(context.format());
				if (!format?.legacy) return;
				context.report({
					line,
					message: `This file is a ${format.description}; current Codex cannot resume it.`
				});
			} };
		}
	});
}));
// dist/formats/codex/rules/mismatched-output-kind.js
function retypeable(output, expected) {
	return output.kind !== "tool_search_output" && expected !== "tool_search_output";
}
function retype(context, output, expected, callItemId) {
	const format = codexFormat(context.format());
	if (!format) return void 0;
	return {
		action: `changed the ${output.kind} at line ${output.line} into a ${expected}`,
		edits: [format.retypeOutput(output.line, expected, callItemId ?? null)]
	};
}
var mismatched_output_kind_default;
var init_mismatched_output_kind = __esmMin((() => {
	init_rule();
	init_describe();
	init_remove_line();
	init_records$1();
	mismatched_output_kind_default = defineRule({
		name: "mismatched-output-kind",
		code: "SD103",
		severity: "error",
		fixable: true,
		fixSafety: "unsafe",
		summary: "A call is answered by an output of the wrong kind.",
		explanation: "function_call and local_shell_call are answered by function_call_output, custom_tool_call by custom_tool_call_output, tool_search_call by tool_search_output. Codex does not pair across kinds: it treats the call as unanswered and the output as an orphan, and the API rejects the request. Reported once, at the output, not also as missing-output and orphan-output. When it is the call's only answer, fix rewrites its type to the kind the call expects, gives it the id Codex gives such an output (UUIDv5 of the call's item id, as for the outputs it synthesizes), and keeps its content, the real result of that call; when the call already has a right-kind output, fix removes it. Both are unsafe fixes, applied only with --unsafe-fixes: the model then sees a result where Codex showed it \"aborted\", or loses a real output. Conversions to or from tool_search_output change the content shape and are not made.",
		create(context) {
			return { pairing(finding) {
				if (finding.type !== "wrong-kind") return;
				const { output, call, outside, resolution, ambiguous } = finding;
				const words = wordsOf(context);
				const expected = call.item.expects;
				const note = resolution === "remove" ? " The call already has another answer." : "";
				const inCheckpoint = output.embedded || call.embedded;
				context.report({
					line: output.line,
					message: `${output.kind} answers ${describeCall(call, words)} at line ${call.line}, which expects a ${expected}.${note}${outside ? words.outsideNote : ""}${inCheckpoint ? words.embeddedNote : ""}${ambiguous ? ` Its ${words.callKey} is used by more than one call.` : ""}`,
					callId: output.callId,
					outsideHistory: outside,
					fixable: !inCheckpoint && !ambiguous && (resolution === "remove" || retypeable(output, expected)),
					applicability: "unsafe",
					repair: () => resolution === "remove" ? removeOutput(context, output, `the extra ${output.kind}`) : retype(context, output, expected, call.item.itemId)
				});
			} };
		}
	});
}));
// dist/formats/codex/rules/missing-session-meta.js
var missing_session_meta_default;
var init_missing_session_meta = __esmMin((() => {
	init_rule();
	init_records$1();
	missing_session_meta_default = defineRule({
		name: "missing-session-meta",
		code: "SD301",
		severity: "error",
		fixable: false,
		summary: "The first record is not the session header.",
		explanation: "A Codex rollout starts with its session_meta record: the session id, working folder and history mode. Codex refuses to resume a file whose first record is anything else (\"rollout \u2026 does not start with session metadata\") and cannot even list it. A torn or hand-edited first line causes this. The header's content (ids, paths, base instructions) cannot be reconstructed, so fix does not invent one.",
		create(context) {
			return { firstRecord({ line, info }) {
				if (info.header || !codexFormat(context.format())?.requiresHeader) return;
				context.report({
					line,
					message: `The first record is ${info.label}, not session_meta; Codex refuses to resume the file.`
				});
			} };
		}
	});
}));
// dist/formats/codex/rules/non-canonical-file-name.js
var CANONICAL, STORE_FOLDER, non_canonical_file_name_default;
var init_non_canonical_file_name = __esmMin((() => {
	init_rule();
	CANONICAL = /^rollout-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:_[^./]+)?\.jsonl(?:\.zst)?$/i;
	STORE_FOLDER = /^sessions\/\d{4}\/\d{2}\/\d{2}$/;
	non_canonical_file_name_default = defineRule({
		name: "non-canonical-file-name",
		code: "SD304",
		severity: "warning",
		fixable: false,
		summary: "A rollout's file name is not the one Codex gives it.",
		explanation: "Codex lists and resumes only files named rollout-<local time>-<session id>.jsonl under its sessions folder (sessions/YYYY/MM/DD/), and refuses a paginated rollout without such a name (\"does not have a canonical rollout filename\"). So the name is checked only where it matters: a file in a Codex store's sessions/YYYY/MM/DD/ folder must have that name, and a rollout-\u2026 name anywhere must not name another session than its session_meta. Files elsewhere (fixtures, datasets, CI artifacts) may be named anything. Only for the current Codex format. Renaming is left to you.",
		create(context) {
			return { firstRecord({ line, info }) {
				if (context.format()?.name !== "codex" || context.path === "-") return;
				const name = (0, node_path.basename)(context.path);
				const inStore = STORE_FOLDER.test((0, node_path.dirname)(context.path).split(node_path.sep).slice(-4).join("/"));
				const match = CANONICAL.exec(name);
				const sessionId = info.header?.sessionId;
				if (!match && inStore) context.report({
					line,
					message: `File name "${name}" is not rollout-<YYYY-MM-DDThh-mm-ss>-<session id>.jsonl; Codex will not list or resume it.`
				});
				else if (match && sessionId && match[1].toLowerCase() !== sessionId.toLowerCase()) context.report({
					line,
					message: `File name names session ${match[1]}, but its session_meta says ${sessionId}.`
				});
			} };
		}
	});
}));
// dist/formats/codex/rules/ordinal-regression.js
var ordinal_regression_default;
var init_ordinal_regression = __esmMin((() => {
	init_rule();
	ordinal_regression_default = defineRule({
		name: "ordinal-regression",
		code: "SD303",
		severity: "warning",
		fixable: false,
		summary: "A record's ordinal does not increase.",
		explanation: "In a paginated rollout each ordinal must be greater than the one before it (gaps are fine). Known Codex bugs reuse ordinals after a resume; Codex then warns while projecting the thread history and can hide newer messages (\"thread history projection \u2026 expected ordinal N, got N-1\"). The records themselves are intact. Renumbering would rewrite every later line and desynchronize Codex's own index, so fix leaves it.",
		create(context) {
			let highest = -1;
			let highestLine = 0;
			return { record({ line, info }) {
				const { ordinal } = info;
				if (ordinal === void 0) return;
				if (highest >= 0 && ordinal <= highest) context.report({
					line,
					message: `Ordinal ${ordinal} does not increase (line ${highestLine} has ${highest}).`
				});
				if (ordinal > highest) {
					highest = ordinal;
					highestLine = line;
				}
			} };
		}
	});
}));
// dist/formats/codex/rules/unfinished-turn.js
var unfinished_turn_default;
var init_unfinished_turn = __esmMin((() => {
	init_rule();
	unfinished_turn_default = defineRule({
		name: "unfinished-turn",
		code: "SD307",
		severity: "info",
		fixable: false,
		summary: "The last turn started but never ended.",
		explanation: "The file ends inside a turn: no task_complete or turn_aborted follows the last task_started. The session was interrupted (or is still running). Codex marks such a turn interrupted when it resumes the session. Nothing needs repairing for this alone; a call left without output is reported by missing-output.",
		create(context) {
			let open;
			return {
				record({ line, info }) {
					const { turn } = info;
					if (turn === "start") open = line;
					else if (turn === "end") open = void 0;
				},
				end() {
					if (open !== void 0) context.report({
						line: open,
						message: `The turn started at line ${open} never ended; the session was interrupted or is still running.`
					});
				}
			};
		}
	});
}));
// dist/formats/codex/rules/index.js
var CODEX_RULES;
var init_rules$1 = __esmMin((() => {
	init_final_record_missing_ordinal();
	init_fork_parent_missing();
	init_legacy_format();
	init_mismatched_output_kind();
	init_missing_session_meta();
	init_non_canonical_file_name();
	init_ordinal_regression();
	init_ordinal_reuse();
	init_unfinished_turn();
	CODEX_RULES = [
		mismatched_output_kind_default,
		missing_session_meta_default,
		rule$1,
		ordinal_regression_default,
		non_canonical_file_name_default,
		legacy_format_default,
		unfinished_turn_default,
		fork_parent_missing_default,
		rule
	];
}));
// dist/formats/registry.js
function formatByName(name) {
	const format = FORMATS.find((candidate) => candidate.name === name);
	if (!format) throw new Error(`unknown input format ${name}`);
	return format;
}
function detectFormat(record) {
	return FORMATS.find((format) => format.matches(record));
}
function fallbackFormat(records) {
	return records.some((record) => isCodexEnvelopeType(record.type)) ? codexEnvelope : void 0;
}
var FORMATS, FORMAT_RULES;
var init_registry = __esmMin((() => {
	init_bare_items();
	init_envelope();
	init_adapter();
	init_rules$2();
	init_rules$1();
	init_names();
	FORMATS = [
		codexEnvelope,
		codexLegacy,
		responsesItems,
		claudeCode
	];
	FORMAT_RULES = [...CODEX_RULES, ...CLAUDE_RULES];
}));
// dist/checking/rules/blank-line.js
var blank_line_default;
var init_blank_line = __esmMin((() => {
	init_rule();
	init_remove_line();
	blank_line_default = defineRule({
		name: "blank-line",
		code: "SD207",
		severity: "info",
		fixable: true,
		summary: "A line is empty or whitespace only.",
		explanation: "Clients never write blank lines; they come from hand edits and concatenation. Codex skips them, but strict JSONL readers fail on them and they shift line numbers. fix removes them.",
		create(context) {
			return { line({ number, blank }) {
				if (!blank) return;
				context.report({
					line: number,
					message: "Blank line.",
					repair: () => removeLine(number, "the blank line")
				});
			} };
		}
	});
}));
// dist/checking/rules/byte-order-mark.js
var byte_order_mark_default;
var init_byte_order_mark = __esmMin((() => {
	init_rule();
	byte_order_mark_default = defineRule({
		name: "byte-order-mark",
		code: "SD203",
		severity: "error",
		fixable: true,
		summary: "The file starts with a UTF-8 byte order mark.",
		explanation: "JSONL is UTF-8 without a byte order mark. With one, the first line is not valid JSON to Codex, so the session_meta record is lost and resume fails; editors and tools on Windows (PowerShell Set-Content, Notepad) add it when they save. This rule is reported instead of malformed-line for that first line. Claude Code reads past it, so there it is a warning (other JSONL readers still fail on it). fix removes the three bytes.",
		create(context) {
			let bom = false;
			return {
				line(facts) {
					if (facts.bom) bom = true;
				},
				end() {
					if (!bom) return;
					const tolerated = context.format()?.toleratesBom === true;
					context.report({
						line: 1,
						message: tolerated ? "The file starts with a UTF-8 byte order mark (EF BB BF); Claude Code reads past it, but other JSONL readers fail on the first line." : "The file starts with a UTF-8 byte order mark (EF BB BF); the first record is unreadable to Codex.",
						outsideHistory: tolerated,
						repair: () => ({
							action: "removed the byte order mark",
							edits: [{ op: "strip-bom" }]
						})
					});
				}
			};
		}
	});
}));
// dist/checking/rules/crlf-line-ending.js
var crlf_line_ending_default;
var init_crlf_line_ending = __esmMin((() => {
	init_rule();
	crlf_line_ending_default = defineRule({
		name: "crlf-line-ending",
		code: "SD206",
		severity: "warning",
		fixable: true,
		summary: "Lines end with CRLF instead of LF.",
		explanation: "Agents write LF line endings; CRLF comes from a Windows editor or a git checkout with autocrlf. Codex reads the records, but the lines it appends end in LF, which leaves the file mixed, and byte-exact tools see different records. Reported once per file, at the first CRLF line, with the count. fix turns every CRLF into LF.",
		create(context) {
			let first = 0;
			let count = 0;
			return {
				line({ number, eol }) {
					if (eol !== "\r\n") return;
					count += 1;
					first ||= number;
				},
				end() {
					if (count === 0) return;
					context.report({
						line: first,
						message: `${count} line${count === 1 ? " ends" : "s end"} with CRLF instead of LF (first at line ${first}).`,
						repair: () => ({
							action: `changed ${count} CRLF line ending${count === 1 ? "" : "s"} to LF`,
							edits: [{ op: "normalize-line-endings" }]
						})
					});
				}
			};
		}
	});
}));
// dist/checking/rules/duplicate-call-id.js
var duplicate_call_id_default;
var init_duplicate_call_id = __esmMin((() => {
	init_rule();
	init_describe();
	duplicate_call_id_default = defineRule({
		name: "duplicate-call-id",
		code: "SD105",
		severity: "error",
		fixable: true,
		fixSafety: "unsafe",
		summary: "Two calls share one call_id.",
		explanation: "Call ids must be unique: outputs are matched to calls by call_id alone, so with two calls of one id nobody can tell which output answers which call, and the API rejects the duplicate. Reported at the later call. In a Codex rollout fix does not guess: it leaves these calls and their outputs as they are. In a Claude Code transcript it is a tool_use id used by two assistant messages: the API answers 400 (\"tool_use ids must be unique\") and 2.1.332 drops the later tool_use and its result in memory on every request (the model sees \"[Tool use interrupted]\" instead). There each result line hangs off its own tool_use line, so which result answers which call is known: with --unsafe-fixes fix gives the later tool_use and its result line a new id (the old one and the end of the line's uuid), and the model sees both calls with their real outputs again. A later call with no result at all (killed while it ran) is also missing-output: it gets the new id, and the interrupted result under it. A first call with no result whose id's only result is the later call's (the first's lost: 2.1.332 sends it with \"[Tool result missing due to internal error]\" and drops the later one and its real output) is missing-output too: the later call gets the new id and keeps its result, the first the interrupted result under the old id. It leaves an Agent call (its subagent's meta.json names the id), an id that three or more calls use (renaming one repeat would leave the next for another fix), and calls that do not each have exactly one result of the id (or one of them none), hanging off their own line, once the same fix has taken out second answers and orphans. The lines of one API message (one message.id) are one message, not a repeat.",
		create(context) {
			return { pairing(finding) {
				if (finding.type !== "repeat-call") return;
				const { call, first, outside } = finding;
				const words = wordsOf(context);
				const repair = context.history()?.renameCall?.(call, first);
				context.report({
					line: call.line,
					message: `${describeCall(call, words)} reuses the ${words.callKey} of the call at line ${first.line}.${outside ? words.outsideNote : ""}`,
					callId: call.item.callId,
					outsideHistory: outside,
					fixable: repair !== void 0,
					applicability: "unsafe",
					repair: () => repair
				});
			} };
		}
	});
}));
// dist/checking/rules/empty-file.js
var empty_file_default;
var init_empty_file = __esmMin((() => {
	init_rule();
	empty_file_default = defineRule({
		name: "empty-file",
		code: "SD308",
		severity: "warning",
		fixable: false,
		summary: "The file holds no record.",
		explanation: "The file is empty, or holds only blank and unreadable lines. Codex cannot resume it (\"empty session file\", \"contains no valid records\"). It is usually a session that never ran a turn, or a copy that failed. There is nothing to repair.",
		create(context) {
			return { end({ records }) {
				if (records === 0) context.report({
					line: 1,
					message: "The file holds no record."
				});
			} };
		}
	});
}));
// dist/checking/rules/invalid-record.js
var invalid_record_default;
var init_invalid_record = __esmMin((() => {
	init_rule();
	invalid_record_default = defineRule({
		name: "invalid-record",
		code: "SD204",
		severity: "error",
		fixable: false,
		summary: "A record does not match the schema the client expects.",
		explanation: "The line is valid JSON, but a record that matters (session_meta, a call or output item, a compaction checkpoint, a rollback event) lacks a required field or has one of the wrong type, e.g. a function_call without a string arguments field, or an output that is an object instead of a string. Codex fails to decode such a line and skips it, so the call or output it held is missing from the history; an invalid first session_meta makes resume fail. The right content cannot be guessed, so fix leaves it.",
		create(context) {
			return { record({ line, info }) {
				if (info.invalid === void 0) return;
				context.report({
					line,
					message: `${info.label} record is invalid: ${info.invalid}.`
				});
			} };
		}
	});
}));
// dist/checking/rules/malformed-line.js
var malformed_line_default;
var init_malformed_line = __esmMin((() => {
	init_rule();
	init_remove_line();
	malformed_line_default = defineRule({
		name: "malformed-line",
		code: "SD201",
		severity: "error",
		fixable: true,
		summary: "A line is not a JSON object.",
		explanation: "Each line of a session file must be one JSON object. A crash in the middle of a write leaves a torn line; when the client next appends it first adds the missing newline, so torn fragments also end up in the middle of a file. Invalid UTF-8 and stray bytes have the same effect, and so does JSON that the client's reader rejects though JSON.parse takes it (Codex: a lone surrogate escape such as \"\\ud800\", an integer beyond 64 bits, nesting deeper than 127 levels; Codex drops such a line without a word). Codex skips such lines with a warning on every load, and whatever record the line held is lost to it already. fix removes the line; its bytes stay in the original (or the .bak backup with --in-place). Claude Code skips such a line on load (\"transcript load: skipped N line(s) that did not parse as JSON\" in its debug log); when the line was a link of the parentUuid chain, the line after it names a missing parent, which the client bridges only within 5 s (see broken-parent-chain).",
		create(context) {
			return { line({ number, eol, parseError }) {
				if (parseError === void 0 || eol === "") return;
				context.report({
					line: number,
					message: `Line is not a JSON object: ${parseError}.`,
					repair: () => removeLine(number, "the malformed line")
				});
			} };
		}
	});
}));
// dist/checking/rules/missing-final-newline.js
var withoutLoneCr, missing_final_newline_default;
var init_missing_final_newline = __esmMin((() => {
	init_edits();
	init_rule();
	withoutLoneCr = defineRewrite("without-final-cr", (bytes) => bytes[bytes.length - 1] === 13 ? bytes.subarray(0, -1) : bytes);
	missing_final_newline_default = defineRule({
		name: "missing-final-newline",
		code: "SD205",
		severity: "warning",
		fixable: true,
		summary: "The last record has no newline after it.",
		explanation: "Every line of a JSONL file ends with a newline. Without one, the next append is glued onto the last record (Codex adds the newline first, other writers may not), and line-based tools miscount. fix adds the newline.",
		create(context) {
			return { line({ number, eol, blank, parseError }) {
				if (eol !== "" || blank || parseError !== void 0) return;
				context.report({
					line: number,
					message: "The last record has no newline after it.",
					repair: () => ({
						action: "added the final newline",
						edits: [withoutLoneCr(number), {
							op: "end-line",
							line: number
						}]
					})
				});
			} };
		}
	});
}));
// dist/checking/rules/missing-output.js
function spansOf(uses, except) {
	const spans = /* @__PURE__ */ new Map();
	for (const { callId, line } of uses) {
		if (except.has(line)) continue;
		const span = spans.get(callId);
		if (span) span.last = line;
		else spans.set(callId, {
			callId,
			first: line,
			last: line
		});
	}
	return spans;
}
function report(context, { call, outside, ambiguous, repeats, repeatedBy }, truncation) {
	const kind = call.item.expects;
	const words = wordsOf(context);
	const why = call.embedded ? words.embeddedNote : ambiguous ? ` Its ${words.callKey} is used by more than one call.` : "";
	const refusal = !outside && truncation?.refusal ? ` ${truncation.refusal}` : "";
	const renaming = context.runs(duplicate_call_id_default.name);
	const renamed = repeats ? [call, repeats] : repeatedBy ? [repeatedBy, call] : void 0;
	const renamable = renamed === void 0 || renaming && context.history()?.renameCall?.(...renamed) !== void 0;
	const repeat = repeats ? ` It reuses the ${words.callKey} of the call at line ${repeats.line}: ${renamable ? "fix answers it under the id of its own that duplicate-call-id gives it" : renaming ? "fix cannot give it an id of its own to answer it under" : `fix answers it only under the id of its own that ${duplicate_call_id_default.name} gives it, and that rule is off`}.` : repeatedBy ? ` The call at line ${repeatedBy.line} reuses its ${words.callKey} and is answered under it; this call is not: ${renamable ? "fix answers this call once duplicate-call-id gives that one an id of its own" : renaming ? "fix cannot give that call an id of its own" : `fix answers this call only once that one has an id of its own, and ${duplicate_call_id_default.name}, which gives it, is off`}.` : "";
	context.report({
		line: call.line,
		message: `${describeCall(call, words)} has no ${kind}.${outside ? words.outsideNote : ""}${why}${repeat}${refusal}`,
		callId: call.item.callId,
		outsideHistory: outside,
		fixable: !call.embedded && !ambiguous && !refusal && renamable,
		applicability: truncation && !outside || repeats || repeatedBy ? "unsafe" : "safe",
		repair: () => truncation && !outside ? truncate(truncation.cut) : context.history()?.placeholder(call, context.options.placeholderText === void 0 ? {} : { text: context.options.placeholderText })
	});
}
function truncate(cut) {
	return {
		action: `ended the session before line ${cut} (dropped the unfinished tail)`,
		edits: [{
			op: "truncate-from",
			line: cut
		}]
	};
}
function planTruncation(unanswered, facts, spans) {
	const inHistory = unanswered.filter((entry) => !entry.outside && !entry.call.embedded);
	if (inHistory.length === 0) return void 0;
	const cut = inHistory.reduce((first, entry) => Math.min(first, entry.call.runStart), Infinity);
	for (const { callId, first, last } of spans.values()) if (first < cut && last >= cut) return {
		cut,
		refusal: `--strategy truncate refused: ending the session before line ${cut} would split call_id ${callId} (lines ${first} and ${last}); use the placeholder strategy.`
	};
	const laterTurns = facts.turnBoundaries.filter((line) => line > cut).length;
	if (laterTurns === 0) return { cut };
	const lines = facts.lines - cut + 1;
	return {
		cut,
		refusal: `--strategy truncate refused: ending the session before line ${cut} would drop ${plural(lines, "line")} including ${plural(laterTurns, "later turn boundary", "later turn boundaries")}; use the placeholder strategy.`
	};
}
var missing_output_default;
var init_missing_output = __esmMin((() => {
	init_diagnostic();
	init_rule();
	init_describe();
	init_duplicate_call_id();
	missing_output_default = defineRule({
		name: "missing-output",
		code: "SD101",
		severity: "error",
		fixable: true,
		fixSafety: "depends",
		summary: "A tool call has no output.",
		explanation: "Every function_call, local_shell_call, custom_tool_call and client tool_search_call must be answered by exactly one output of the matching kind with the same call_id. A call is left unanswered when the agent process dies while the tool runs. On every resume Codex then inserts an \"aborted\" output in memory (and logs an error for custom and local shell calls); the Responses API rejects such a history outright (\"No tool output found\"). fix inserts, right after the call, exactly the output Codex would synthesize (same kind, \"aborted\", same deterministic id, the call's timestamp), so the model sees the same history and Codex stops patching it; with --strategy truncate it instead ends the session before the unanswered call, when only the unfinished tail would be lost: an unsafe fix (the model no longer sees the call), applied only with --unsafe-fixes. In a Claude Code transcript it is a tool_use with no tool_result. Claude Code 2.1.332 copes in its own ways: at the tail of the chain it appends its own interrupted result on resume; in mid-history it silently drops the tool_use from every request (the model loses the call); a result missing from the next message is replaced at request time by \"[Tool result missing due to internal error]\". Older versions, the Agent SDK and proxies send the history as it is and the API answers 400 (\"tool_use ids were found without tool_result blocks immediately after\"). fix writes, for each missing id, the user line 2.1.332 itself writes: a tool_result with its interrupted text, is_error, toolDenialKind \"interrupted\", parentUuid and sourceToolAssistantUUID the tool_use's line, a deterministic uuid, the session's envelope and a timestamp 1 ms after the call. It is appended at the end of the file, or inserted right after the tool_use when a compact boundary follows it (so that it stays in its compaction segment: after the boundary it is an orphan the client strips) or when, appended, it would become the leaf. A tool_use in the history a compaction summarised, or behind a cut in the chain, is not sent: a warning, answered the same way; one on a dead branch is a warning fix leaves. A tool_use whose id a later call reuses is paired on its own (by id the later call's result would hide that one of them has none): answered together with duplicate-call-id's new id, an unsafe fix like it.",
		create(context) {
			const unanswered = [];
			const uses = [];
			const removable = /* @__PURE__ */ new Set();
			return {
				...context.options.strategy === "truncate" && { record({ line, info }) {
					for (const item of [...info.replacesHistory ?? [], ...info.items]) if (item.role === "call" || item.role === "output") uses.push({
						callId: item.callId,
						line
					});
				} },
				pairing(finding) {
					if (finding.type === "unanswered") unanswered.push(finding);
					else if (finding.type === "orphan" && !finding.output.embedded) removable.add(finding.output.line);
					else if ((finding.type === "extra-output" || finding.type === "wrong-kind" && finding.resolution === "remove") && !finding.ambiguous && !finding.output.embedded) removable.add(finding.output.line);
				},
				end(facts) {
					const truncation = context.options.strategy === "truncate" ? planTruncation(unanswered, facts, spansOf(uses, removable)) : void 0;
					for (const entry of unanswered) report(context, entry, truncation);
				}
			};
		}
	});
}));
// dist/checking/rules/output-before-call.js
var output_before_call_default;
var init_output_before_call = __esmMin((() => {
	init_rule();
	init_describe();
	output_before_call_default = defineRule({
		name: "output-before-call",
		code: "SD107",
		severity: "error",
		fixable: false,
		summary: "A tool output comes before its call.",
		explanation: "An output must come after the call it answers. Codex pairs by set membership and accepts it, but the Responses API requires each output to follow its call, and dataset consumers read the history in order. Moving records changes the order of the session, so fix reports it and leaves it.",
		create(context) {
			return { pairing(finding) {
				if (finding.type !== "early-output") return;
				const { output, call, outside } = finding;
				const words = wordsOf(context);
				context.report({
					line: output.line,
					message: `${describeOutput(output, words)} comes before its call, ${describeCall(call, words)} at line ${call.line}.${outside ? words.outsideNote : ""}`,
					callId: output.callId,
					outsideHistory: outside
				});
			} };
		}
	});
}));
// dist/checking/rules/output-without-call-id.js
var output_without_call_id_default;
var init_output_without_call_id = __esmMin((() => {
	init_rule();
	init_describe();
	output_without_call_id_default = defineRule({
		name: "output-without-call-id",
		code: "SD106",
		severity: "error",
		fixable: false,
		summary: "A tool output has no call_id.",
		explanation: "A function_call_output or custom_tool_call_output without a call_id cannot be paired with any call. Newer Codex builds persist such standalone outputs for injected messages and keep them, but the Responses API rejects the request (\"Invalid Value: 'input.call_id'. Function call output requires call_id.\"). Nothing says which call it answered, so fix does not guess.",
		create(context) {
			return { pairing(finding) {
				if (finding.type !== "unpairable-output") return;
				context.report({
					line: finding.line,
					message: `${finding.kind} has no ${wordsOf(context).outputKey}; the Responses API rejects it.${finding.outside ? wordsOf(context).outsideNote : ""}`,
					outsideHistory: finding.outside
				});
			} };
		}
	});
}));
// dist/checking/rules/torn-final-line.js
var torn_final_line_default;
var init_torn_final_line = __esmMin((() => {
	init_rule();
	init_remove_line();
	torn_final_line_default = defineRule({
		name: "torn-final-line",
		code: "SD202",
		severity: "error",
		fixable: true,
		summary: "The last line is incomplete JSON without a newline.",
		explanation: "The file ends in the middle of a record: the process was killed or the disk filled while the client was writing the line. Codex skips it, and on its next append adds a newline after the fragment, which leaves a malformed line in the middle of the file for good. (A live session that is being written right now can also look like this: check again once it has finished.) fix removes the fragment; its bytes stay in the original (or the .bak backup). Claude Code skips it too, and before its next write adds the missing newline, so the fragment becomes a malformed line in the middle; a torn assistant or tool_use line loses that message.",
		create(context) {
			return { line({ number, eol, parseError }) {
				if (parseError === void 0 || eol !== "") return;
				context.report({
					line: number,
					message: `The last line is cut off: ${parseError}.`,
					repair: () => removeLine(number, "the torn final line")
				});
			} };
		}
	});
}));
// dist/checking/rules/unknown-format.js
var unknown_format_default;
var init_unknown_format = __esmMin((() => {
	init_rule();
	unknown_format_default = defineRule({
		name: "unknown-format",
		code: "SD311",
		severity: "info",
		fixable: false,
		summary: "The file is not a session file of a supported format.",
		explanation: "Its records are neither a Codex rollout (or a Responses API item list) nor a Claude Code transcript: a dataset, a log or another tool's JSONL. It is reported once, as a notice, and nothing else is checked or repaired in it, so that globs such as **/*.jsonl in CI or a pre-commit hook do not fail on it. Make it fail with \"rules\": {\"unknown-format\": \"error\"} in the config, or name its format with --input-format.",
		create(context) {
			return { end({ records }) {
				if (records > 0 && !context.format()) context.report({
					line: 1,
					message: "Not a session file of a supported format (Codex rollout, Responses items, Claude Code transcript); nothing checked."
				});
			} };
		}
	});
}));
// dist/checking/rules/unknown-record-type.js
var unknown_record_type_default;
var init_unknown_record_type = __esmMin((() => {
	init_rule();
	unknown_record_type_default = defineRule({
		name: "unknown-record-type",
		code: "SD306",
		severity: "info",
		fixable: false,
		summary: "A record type this tool does not know.",
		explanation: "New client versions add record and item types. Unknown records are passed through untouched by check and fix; older Codex builds skip lines with an unknown top-level type. Reported once per type, at its first line, with the count, so that a new format generation is noticed.",
		create(context) {
			const seen = /* @__PURE__ */ new Map();
			return {
				record({ line, info }) {
					if (info.known) return;
					const entry = seen.get(info.label);
					if (entry) entry.count += 1;
					else seen.set(info.label, {
						line,
						count: 1
					});
				},
				end() {
					for (const [label, { line, count }] of seen) context.report({
						line,
						message: `Unknown record type "${label}" (${count} record${count === 1 ? "" : "s"}), passed through untouched.`
					});
				}
			};
		}
	});
}));
// dist/checking/rules/index.js
function codeNumber(rule) {
	return Number(rule.code.slice(2));
}
var SHARED_RULES, RULES;
var init_rules = __esmMin((() => {
	init_registry();
	init_blank_line();
	init_byte_order_mark();
	init_crlf_line_ending();
	init_duplicate_call_id();
	init_duplicate_output();
	init_empty_file();
	init_invalid_record();
	init_malformed_line();
	init_missing_final_newline();
	init_missing_output();
	init_orphan_output();
	init_output_before_call();
	init_output_without_call_id();
	init_torn_final_line();
	init_unknown_format();
	init_unknown_record_type();
	SHARED_RULES = [
		missing_output_default,
		orphan_output_default,
		duplicate_output_default,
		duplicate_call_id_default,
		output_without_call_id_default,
		output_before_call_default,
		malformed_line_default,
		torn_final_line_default,
		byte_order_mark_default,
		invalid_record_default,
		missing_final_newline_default,
		crlf_line_ending_default,
		blank_line_default,
		unknown_record_type_default,
		empty_file_default,
		unknown_format_default
	];
	RULES = [...SHARED_RULES, ...FORMAT_RULES].sort((a, b) => codeNumber(a) - codeNumber(b));
}));
// dist/checking/select-rules.js
function matches(rule, token) {
	const upper = token.toUpperCase();
	return upper === "ALL" || token === rule.name || /^SD\d*$/.test(upper) && rule.code.startsWith(upper);
}
function ruleMatcher(tokens) {
	if (tokens === void 0) return void 0;
	for (const token of tokens) if (!RULES.some((rule) => matches(rule, token))) throw new UnknownRuleError(token);
	return (rule) => tokens.some((token) => matches(rule, token));
}
function selectRules(selection = {}) {
	const selected = ruleMatcher(selection.select);
	const ignored = ruleMatcher(selection.ignore);
	const overrides = selection.severities ?? {};
	for (const key of Object.keys(overrides)) if (!RULES.some((rule) => rule.name === key || rule.code === key.toUpperCase())) throw new UnknownRuleError(key);
	const enabled = [];
	for (const rule of RULES) {
		if (selected && !selected(rule)) continue;
		if (ignored?.(rule)) continue;
		const override = overrides[rule.name] ?? overrides[rule.code];
		if (override === "off") continue;
		enabled.push({
			rule,
			severity: override ?? rule.severity
		});
	}
	return enabled;
}
function findRule(token) {
	const upper = token.toUpperCase();
	return RULES.find((rule) => rule.name === token || rule.code === upper);
}
var init_select_rules = __esmMin((() => {
	init_rules();
}));
// dist/config/apply.js
function mergeSeverities(configured, select) {
	if (!configured) return void 0;
	if (!select) return { ...configured };
	const named = new Set(select.map((token) => findRule(token)?.name).filter((name) => name !== void 0));
	const merged = {};
	for (const [key, severity] of Object.entries(configured)) {
		if (severity === "off" && named.has(findRule(key)?.name ?? "")) continue;
		merged[key] = severity;
	}
	return merged;
}
var init_apply = __esmMin((() => {
	init_select_rules();
}));
// dist/config/ignores.js
function segmentSource(segment) {
	let out = "";
	for (let index = 0; index < segment.length; index += 1) {
		const char = segment[index];
		if (char === "*") out += "[^/]*";
		else if (char === "?") out += "[^/]";
		else if (char === "[") {
			const end = segment.indexOf("]", index + 2);
			if (end === -1) {
				out += "\\[";
				continue;
			}
			let body = segment.slice(index + 1, end);
			const negated = body.startsWith("!") || body.startsWith("^");
			if (negated) body = body.slice(1);
			out += `[${negated ? "^/" : ""}${body.replace(/\\/g, "\\\\").replace(/]/g, "\\]")}]`;
			index = end;
		} else if (char === "{") {
			const end = segment.indexOf("}", index);
			if (end === -1) {
				out += "\\{";
				continue;
			}
			out += `(?:${segment.slice(index + 1, end).split(",").map(segmentSource).join("|")})`;
			index = end;
		} else if (char === "}" || char === "]") out += `\\${char}`;
		else out += escape(char);
	}
	return out;
}
function globToRegExp(pattern) {
	let glob = pattern.trim().replace(/\\/g, "/").replace(/^\.\//, "");
	if (glob.endsWith("/")) glob = glob.replace(/\/+$/, "");
	if (glob.startsWith("/")) glob = glob.replace(/^\/+/, "");
	else if (!glob.includes("/")) glob = `**/${glob}`;
	const segments = glob.split("/").filter((segment, index, all) => segment !== "" || index === all.length - 1);
	let source = "";
	segments.forEach((segment, index) => {
		const last = index === segments.length - 1;
		if (segment === "**") source += last ? ".*" : "(?:[^/]+/)*";
		else source += segmentSource(segment) + (last ? "" : "/");
	});
	return new RegExp(`^${source}$`);
}
function ignoreMatcher(patterns, base, cwd) {
	const expressions = patterns.map((pattern) => ({
		regexp: globToRegExp(pattern),
		folderOnly: /\/\s*$/.test(pattern)
	}));
	return (path) => {
		const inside = (0, node_path.relative)(base, (0, node_path.resolve)(cwd, path));
		if (inside === "" || inside === ".." || inside.startsWith(`..${node_path.sep}`) || (0, node_path.isAbsolute)(inside)) return false;
		const segments = inside.split(node_path.sep);
		for (let end = segments.length; end >= 1; end -= 1) {
			const candidate = segments.slice(0, end).join("/");
			const isFolder = end < segments.length;
			if (expressions.some(({ regexp, folderOnly }) => (isFolder || !folderOnly) && regexp.test(candidate))) return true;
		}
		return false;
	};
}
var escape;
var init_ignores = __esmMin((() => {
	escape = (text) => text.replace(/[.+^$()|\\]/g, "\\$&");
}));
// dist/config/types.js
var CONFIG_FILE_NAME, PACKAGE_JSON_KEY;
var init_types = __esmMin((() => {
	CONFIG_FILE_NAME = "session-doctor.config.json";
	PACKAGE_JSON_KEY = "session-doctor";
}));
// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
	const numericValues = Object.values(entries).filter((v) => typeof v === "number");
	return Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
}
function joinValues(array, separator = "|") {
	return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
	if (typeof value === "bigint") return value.toString();
	return value;
}
function cached(getter) {
	return new Cached(getter);
}
function nullish(input) {
	return input === null || input === void 0;
}
function cleanRegex(source) {
	const start = source.startsWith("^") ? 1 : 0;
	const end = source.endsWith("$") ? source.length - 1 : source.length;
	return source.slice(start, end);
}
function assignProp(target, prop, value) {
	Object.defineProperty(target, prop, {
		value,
		writable: true,
		enumerable: true,
		configurable: true
	});
}
function rawShape(def) {
	const desc = Object.getOwnPropertyDescriptor(def, "shape");
	return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
	return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
	Object.defineProperty(target, key, {
		get() {
			const value = getter();
			assignProp(this, key, value);
			return value;
		},
		enumerable: true,
		configurable: true
	});
}
function putProp(target, key, value) {
	if (key in target) assignProp(target, key, value);
	else target[key] = value;
}
function mirrorShape(target, source, keys, wrap) {
	const raw = sourceShape(source);
	for (const key of keys) {
		const desc = Object.getOwnPropertyDescriptor(raw, key);
		if (!desc.enumerable) continue;
		if (desc.get) deferProp(target, key, () => {
			const value = source._zod.def.shape[key];
			return wrap ? wrap(value, key) : value;
		});
		else putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
	}
}
function mirrorProps(target, source) {
	for (const key of Reflect.ownKeys(source)) {
		const desc = Object.getOwnPropertyDescriptor(source, key);
		if (!desc.enumerable) continue;
		if (desc.get) deferProp(target, key, () => source[key]);
		else putProp(target, key, desc.value);
	}
}
function mergeDefs(...defs) {
	const mergedDescriptors = {};
	for (const def of defs) {
		const descriptors = Object.getOwnPropertyDescriptors(def);
		Object.assign(mergedDescriptors, descriptors);
	}
	return Object.defineProperties({}, mergedDescriptors);
}
function esc(str) {
	return JSON.stringify(str);
}
function slugify(input) {
	return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
function isObject$1(data) {
	return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
	if (isObject$1(o) === false) return false;
	const ctor = o.constructor;
	if (ctor === void 0) return true;
	if (typeof ctor !== "function") return true;
	const prot = ctor.prototype;
	if (isObject$1(prot) === false) return false;
	if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) return false;
	return true;
}
function shallowClone(o) {
	if (isPlainObject(o)) return { ...o };
	if (Array.isArray(o)) return [...o];
	if (o instanceof Map) return new Map(o);
	if (o instanceof Set) return new Set(o);
	return o;
}
function escapeRegex(str) {
	return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
	const cl = new inst._zod.constr(def ?? inst._zod.def);
	if (!def || params?.parent) cl._zod.parent = inst;
	return cl;
}
function normalizeParams(_params) {
	const params = _params;
	if (!params) return {};
	if (typeof params === "string") return { error: () => params };
	if (params?.message !== void 0) {
		if (params?.error !== void 0) throw new Error("Cannot specify both `message` and `error` params");
		params.error = params.message;
	}
	delete params.message;
	if (typeof params.error === "string") return {
		...params,
		error: () => params.error
	};
	return params;
}
function stringifyPrimitive(value) {
	if (typeof value === "bigint") return value.toString() + "n";
	if (typeof value === "string") return `"${value}"`;
	return `${value}`;
}
function optionalKeys(shape) {
	return Object.keys(shape).filter((k) => {
		return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
	});
}
function pick(schema, mask) {
	const currDef = schema._zod.def;
	const checks = currDef.checks;
	if (checks && checks.length > 0) throw new Error(".pick() cannot be used on object schemas containing refinements");
	const newShape = {};
	mirrorShape(newShape, schema, maskedKeys(schema, mask));
	return clone(schema, mergeDefs(currDef, {
		shape: newShape,
		checks: []
	}));
}
function maskedKeys(schema, mask) {
	const raw = sourceShape(schema);
	const keys = [];
	for (const key of Reflect.ownKeys(mask)) {
		if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) throw new Error(`Unrecognized key: "${String(key)}"`);
		if (mask[key]) keys.push(key);
	}
	return keys;
}
function omit(schema, mask) {
	const currDef = schema._zod.def;
	const checks = currDef.checks;
	if (checks && checks.length > 0) throw new Error(".omit() cannot be used on object schemas containing refinements");
	const omitted = new Set(maskedKeys(schema, mask));
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
	return clone(schema, mergeDefs(currDef, {
		shape: newShape,
		checks: []
	}));
}
function extend(schema, shape) {
	if (!isPlainObject(shape)) throw new Error("Invalid input to extend: expected a plain object");
	const checks = schema._zod.def.checks;
	if (checks && checks.length > 0) {
		const existingShape = sourceShape(schema);
		for (const key of Reflect.ownKeys(shape)) if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
	}
	return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
	mirrorProps(newShape, shape);
	return newShape;
}
function safeExtend(schema, shape) {
	if (!isPlainObject(shape)) throw new Error("Invalid input to safeExtend: expected a plain object");
	return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
	if (!b?._zod?.def) throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
	if (a._zod.def.checks?.length) throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
	const newShape = {};
	mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
	mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
	return clone(a, mergeDefs(a._zod.def, {
		shape: newShape,
		get catchall() {
			return b._zod.def.catchall;
		},
		checks: b._zod.def.checks ?? []
	}));
}
function partial(Class, schema, mask, name = "partial") {
	const checks = schema._zod.def.checks;
	if (checks && checks.length > 0) throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
	const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class && ((value, key) => selected && !selected.has(key) ? value : new Class({
		type: "optional",
		innerType: value
	})));
	return clone(schema, mergeDefs(schema._zod.def, {
		shape: newShape,
		checks: []
	}));
}
function required(Class, schema, mask) {
	const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => selected && !selected.has(key) ? value : new Class({
		type: "nonoptional",
		innerType: value
	}));
	return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
	if (x.aborted === true) return true;
	for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue !== true) return true;
	return false;
}
function explicitlyAborted(x, startIndex = 0) {
	if (x.aborted === true) return true;
	for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue === false) return true;
	return false;
}
function prefixIssues(path, issues) {
	return issues.map((iss) => {
		var _a;
		(_a = iss).path ?? (_a.path = []);
		iss.path.unshift(path);
		return iss;
	});
}
function unwrapMessage(message) {
	return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
	const caps = [];
	for (const ch of defChecks ?? []) {
		const d = ch._zod.def;
		if (!/_(length|size)$|_equals$/.test(d.check)) break;
		const max = d.maximum ?? d.length ?? d.size;
		if (max >= 0) caps.push([max, ch]);
	}
	return caps;
}
function attachSchema(issues, start, inst) {
	var _a;
	for (let i = start; i < issues.length; i++) (_a = issues[i]).schema ?? (_a.schema = inst);
}
function finalizeIssue(iss, ctx, config) {
	var _a;
	const traits = iss.inst?._zod?.traits;
	if (traits?.has("$ZodType")) {
		if (traits.has("$ZodCheck")) (_a = iss).schema ?? (_a.schema = iss.inst);
		else iss.schema = iss.inst;
	}
	const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
	const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config.customError?.(iss)) ?? unwrapMessage(config.localeError?.(iss)) ?? "Invalid input";
	const full = {};
	for (const k of Object.keys(iss)) {
		if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__") continue;
		full[k] = iss[k];
	}
	full.path ?? (full.path = []);
	full.message = message;
	if (ctx?.reportInput) full.input = iss.input;
	return full;
}
function codePointLength(str) {
	const units = str.length;
	if (!highSurrogate.test(str)) return units;
	let count = units;
	for (let i = 0; i < units - 1; i++) if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
		count--;
		i++;
	}
	return count;
}
function getLengthableOrigin(input) {
	if (Array.isArray(input)) return "array";
	if (typeof input === "string") return "string";
	return "unknown";
}
function parsedType(data) {
	const t = typeof data;
	switch (t) {
		case "number": return Number.isNaN(data) ? "nan" : "number";
		case "object": {
			if (data === null) return "null";
			if (Array.isArray(data)) return "array";
			const obj = data;
			if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) return obj.constructor.name;
		}
	}
	return t;
}
function issue(...args) {
	const [iss, input, inst] = args;
	if (typeof iss === "string") return {
		message: iss,
		code: "custom",
		input,
		inst
	};
	return { ...iss };
}
function members(proto, table) {
	for (const key in table) {
		const desc = Object.getOwnPropertyDescriptor(table, key);
		if (desc.get) Object.defineProperty(proto, key, {
			...desc,
			enumerable: false
		});
		else defineBound(proto, key, desc.value);
	}
}
function own(inst, key, value, enumerable = true) {
	Object.defineProperty(inst, key, {
		configurable: true,
		writable: true,
		enumerable,
		value
	});
	return value;
}
function hide(inst, key, value) {
	return own(inst, key, value, false);
}
/* @__NO_SIDE_EFFECTS__ */
function derived(computes, table) {
	for (const key in computes) {
		const compute = computes[key];
		Object.defineProperty(table, key, {
			configurable: true,
			enumerable: true,
			get() {
				return own(this, key, compute(this));
			},
			set(value) {
				own(this, key, value);
			}
		});
	}
	return table;
}
function defineBound(proto, key, fn) {
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			return this == null ? fn : own(this, key, fn.bind(this));
		},
		set(value) {
			own(this, key, value);
		}
	});
}
function claim(inst, sentinel) {
	const proto = Object.getPrototypeOf(inst);
	return sentinel in proto ? void 0 : proto;
}
function defineLazyInternal(inst, key, compute) {
	const proto = Object.getPrototypeOf(inst._zod);
	if (key in proto && installing !== inst._zod) {
		installing = void 0;
		return;
	}
	installing = inst._zod;
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			Object.defineProperty(this, key, breaker);
			const outer = broke;
			broke = false;
			try {
				const value = compute(this);
				if (broke) delete this[key];
				else Object.defineProperty(this, key, {
					configurable: true,
					writable: true,
					value
				});
				broke = broke || outer;
				return value;
			} catch (err) {
				delete this[key];
				broke = broke || outer;
				throw err;
			}
		},
		set(value) {
			Object.defineProperty(this, key, {
				configurable: true,
				writable: true,
				value
			});
		}
	});
}
function installLazyProp(inst, key, make, enumerable) {
	const proto = claim(inst, key);
	if (!proto) return;
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			const desc = {
				configurable: true,
				writable: true,
				enumerable,
				value: void 0
			};
			Object.defineProperty(this, key, desc);
			desc.value = make(this);
			Object.defineProperty(this, key, desc);
			return desc.value;
		},
		set(value) {
			Object.defineProperty(this, key, {
				configurable: true,
				writable: true,
				enumerable,
				value
			});
		}
	});
}
function constantCatch(value) {
	const fn = () => value;
	fn[CONSTANT_CATCH] = true;
	return fn;
}
var Cached, captureStackTrace, allowsEval, propertyKeyTypes, NUMBER_FORMAT_RANGES, BIGINT_FORMAT_RANGES, highSurrogate, installing, broke, breaker, CONSTANT_CATCH;
var init_util = __esmMin((() => {
	init_core$1();
	Cached = class {
		constructor(getter) {
			this._getter = getter;
			this._value = void 0;
		}
		get value() {
			const getter = this._getter;
			if (getter !== void 0) {
				this._value = getter();
				this._getter = void 0;
			}
			return this._value;
		}
	};
	captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {};
	allowsEval = /* @__PURE__*/ cached(() => {
		if (globalConfig.jitless) return false;
		if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) return false;
		try {
			new Function("");
			return true;
		} catch (_) {
			return false;
		}
	});
	propertyKeyTypes = /* @__PURE__*/ new Set([
		"string",
		"number",
		"symbol"
	]);
	NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
		safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
		int32: [-2147483648, 2147483647],
		uint32: [0, 4294967295],
		float32: [-34028234663852886e22, 34028234663852886e22],
		float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
	}))();
	BIGINT_FORMAT_RANGES = {
		int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
		uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")]
	};
	highSurrogate = /[\uD800-\uDBFF]/;
	broke = false;
	breaker = {
		configurable: true,
		get() {
			broke = true;
		}
	};
	CONSTANT_CATCH = "~constantCatch";
}));
// node_modules/zod/v4/core/core.js
function newError(Definition) {
	const E = _E;
	if (E) {
		const saved = E.stackTraceLimit;
		if (typeof saved === "number") {
			try {
				E.stackTraceLimit = 0;
			} catch {
				_E = null;
				return new Definition();
			}
			try {
				return new Definition();
			} finally {
				E.stackTraceLimit = saved;
			}
		}
	}
	return new Definition();
}
/* @__NO_SIDE_EFFECTS__ */
function $constructor(name, initializer, proto, params) {
	const zodProto = {};
	function Internals(def) {
		this.def = def;
		this.constr = _;
		this.traits = /* @__PURE__ */ new Set();
	}
	Internals.prototype = zodProto;
	const protoMembers = proto;
	const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
	function init(inst, def) {
		if (!inst._zod) {
			_zodDesc.value = new Internals(def);
			try {
				Object.defineProperty(inst, "_zod", _zodDesc);
			} finally {
				_zodDesc.value = void 0;
			}
		} else if (inst._zod.traits.has(name)) return;
		inst._zod.traits.add(name);
		initializer(inst, def);
		if (initialized) {
			const own = Object.getPrototypeOf(inst);
			const ctorProto = inst._zod.constr.prototype;
			let up = own;
			while (up && up !== ctorProto) up = Object.getPrototypeOf(up);
			const target = up ?? own;
			if (!initialized.has(target)) {
				initialized.add(target);
				members(target, protoMembers);
			}
		}
		const proto = _.prototype;
		for (const k in proto) {
			if (!Object.prototype.hasOwnProperty.call(proto, k)) continue;
			if (!(k in inst)) inst[k] = proto[k].bind(inst);
		}
	}
	const Parent = params?.Parent ?? Object;
	class Definition extends Parent {}
	Object.defineProperty(Definition, "name", { value: name });
	function _(def) {
		const inst = params?.Parent ? newError(Definition) : this;
		init(inst, def);
		const deferred = inst._zod.deferred;
		if (deferred) {
			for (const fn of deferred) fn();
			inst._zod.deferred = void 0;
		}
		const pp = globalThis.__zod_globalConfig?.postProcessor;
		if (pp) pp(inst);
		return inst;
	}
	Object.defineProperty(_, "init", { value: init });
	Object.defineProperty(_, Symbol.hasInstance, { value: (inst) => {
		if (params?.Parent && inst instanceof params.Parent) return true;
		return inst?._zod?.traits?.has(name);
	} });
	Object.defineProperty(_, "name", { value: name });
	return _;
}
function config(newConfig) {
	if (newConfig) Object.assign(globalConfig, newConfig);
	return globalConfig;
}
var _a$1, _zodDesc, _E, $ZodAsyncError, $ZodEncodeError, globalConfig;
var init_core$1 = __esmMin((() => {
	init_util();
	_zodDesc = {
		value: void 0,
		enumerable: false
	};
	_E = "captureStackTrace" in Error ? Error : null;
	$ZodAsyncError = class extends Error {
		constructor() {
			super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
		}
	};
	$ZodEncodeError = class extends Error {
		constructor(name) {
			super(`Encountered unidirectional transform during encode: ${name}`);
			this.name = "ZodEncodeError";
		}
	};
	(_a$1 = globalThis).__zod_globalConfig ?? (_a$1.__zod_globalConfig = {});
	globalConfig = globalThis.__zod_globalConfig;
}));
// node_modules/zod/v4/core/errors.js
function _getMessage() {
	const internals = this._zod;
	internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
	return internals.message;
}
function _setMessage(value) {
	this._zod.message = value;
}
function node(obj, key, make) {
	if (!Object.prototype.hasOwnProperty.call(obj, key)) {
		if (key === "__proto__") Object.defineProperty(obj, key, {
			value: make(),
			writable: true,
			enumerable: true,
			configurable: true
		});
		else obj[key] = make();
	}
	return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
	const fieldErrors = {};
	const formErrors = [];
	for (const sub of error.issues) if (sub.path.length > 0) node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
	else formErrors.push(mapper(sub));
	return {
		formErrors,
		fieldErrors
	};
}
function formatError(error, mapper = (issue) => issue.message) {
	const fieldErrors = { _errors: [] };
	const processError = (error, path = []) => {
		for (const issue of error.issues) if (issue.code === "invalid_union" && issue.errors.length) issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
		else if (issue.code === "invalid_key") processError({ issues: issue.issues }, [...path, ...issue.path]);
		else if (issue.code === "invalid_element") processError({ issues: issue.issues }, [...path, ...issue.path]);
		else {
			const fullpath = [...path, ...issue.path];
			if (fullpath.length === 0) fieldErrors._errors.push(mapper(issue));
			else {
				let curr = fieldErrors;
				let i = 0;
				while (i < fullpath.length) {
					const el = fullpath[i];
					const terminal = i === fullpath.length - 1;
					if (el === "_errors") {
						if (terminal) curr._errors.push(mapper(issue));
						i++;
						continue;
					}
					if (!Object.prototype.hasOwnProperty.call(curr, el)) Object.defineProperty(curr, el, {
						value: { _errors: [] },
						enumerable: true,
						writable: true,
						configurable: true
					});
					const node = curr[el];
					if (terminal) node._errors.push(mapper(issue));
					curr = node;
					i++;
				}
			}
		}
	};
	processError(error);
	return fieldErrors;
}
var _messageDesc, _issuesDesc, _installedToString, initializer$1, $ZodError;
var init_errors$1 = __esmMin((() => {
	init_core$1();
	init_util();
	_messageDesc = {
		get: _getMessage,
		set: _setMessage,
		enumerable: true,
		configurable: true
	};
	_issuesDesc = {
		value: void 0,
		enumerable: false
	};
	_installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
	initializer$1 = (inst, def) => {
		inst.name = "$ZodError";
		_issuesDesc.value = def;
		Object.defineProperty(inst, "issues", _issuesDesc);
		_issuesDesc.value = void 0;
		Object.defineProperty(inst, "message", _messageDesc);
		const proto = Object.getPrototypeOf(inst);
		if (!_installedToString.has(proto)) {
			_installedToString.add(proto);
			Object.defineProperty(proto, "toString", {
				configurable: true,
				enumerable: false,
				get() {
					const value = () => this.message;
					Object.defineProperty(this, "toString", {
						value,
						configurable: true,
						writable: true
					});
					return value;
				},
				set(value) {
					Object.defineProperty(this, "toString", {
						value,
						configurable: true,
						writable: true
					});
				}
			});
		}
	};
	$ZodError = /* @__PURE__ */ $constructor("$ZodError", initializer$1);
}));
// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
	return {
		callee: params?.callee ?? callee,
		Err: params?.Err
	};
}
function failure(Err, issues, ctx) {
	let error;
	return {
		success: false,
		get error() {
			if (!error) {
				error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
				issues = void 0;
				ctx = void 0;
			}
			return error;
		},
		set error(e) {
			error = e;
			issues = void 0;
			ctx = void 0;
		}
	};
}
function validateFallback(schema, value, _ctx) {
	const ctx = _ctx ? {
		..._ctx,
		async: false,
		abortEarly: true
	} : {
		async: false,
		abortEarly: true
	};
	const fallbackRun = schema._zod.bag.fallbackRun;
	let result;
	if (fallbackRun) {
		ctx[COMPILE_FALLBACK] = true;
		result = fallbackRun({
			value,
			issues: []
		}, ctx);
	} else result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) throw new $ZodAsyncError();
	return result.issues.length === 0;
}
var _parse, _parseAsync, _safeParse, _safeParseAsync, COMPILE_INVALID, COMPILE_FALLBACK, validate, validateAsync$1, _encode, _decode, _encodeAsync, _decodeAsync, _safeEncode, _safeDecode, _safeEncodeAsync, _safeDecodeAsync;
var init_parse$1 = __esmMin((() => {
	init_core$1();
	init_util();
	_parse = (_Err) => {
		const fn = (schema, value, _ctx, _params) => {
			const ctx = _ctx ? {
				..._ctx,
				async: false
			} : { async: false };
			const result = schema._zod.run({
				value,
				issues: []
			}, ctx);
			if (result instanceof Promise) throw new $ZodAsyncError();
			if (result.issues.length) {
				const e = new ((_params?.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
				captureStackTrace(e, _params?.callee ?? fn);
				throw e;
			}
			return result.value;
		};
		return fn;
	};
	_parseAsync = (_Err) => {
		const fn = async (schema, value, _ctx, params) => {
			const ctx = _ctx ? {
				..._ctx,
				async: true
			} : { async: true };
			let result = schema._zod.run({
				value,
				issues: []
			}, ctx);
			if (result instanceof Promise) result = await result;
			if (result.issues.length) {
				const e = new ((params?.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
				captureStackTrace(e, params?.callee ?? fn);
				throw e;
			}
			return result.value;
		};
		return fn;
	};
	_safeParse = (_Err) => (schema, value, _ctx) => {
		const ctx = _ctx ? {
			..._ctx,
			async: false
		} : { async: false };
		const result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) throw new $ZodAsyncError();
		return result.issues.length ? failure(_Err, result.issues, ctx) : {
			success: true,
			data: result.value
		};
	};
	_safeParseAsync = (_Err) => async (schema, value, _ctx) => {
		const ctx = _ctx ? {
			..._ctx,
			async: true
		} : { async: true };
		let result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) result = await result;
		return result.issues.length ? failure(_Err, result.issues, ctx) : {
			success: true,
			data: result.value
		};
	};
	COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
	COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
	validate = ((schema, value, _ctx) => {
		const validator = schema._zod.bag.validator;
		if (validator !== void 0) {
			if (validator(value) !== COMPILE_INVALID) return true;
			if (validator.definite === true && _ctx === void 0) return false;
		}
		return validateFallback(schema, value, _ctx);
	});
	validateAsync$1 = async (schema, value, _ctx) => {
		const ctx = _ctx ? {
			..._ctx,
			async: true,
			abortEarly: true
		} : {
			async: true,
			abortEarly: true
		};
		let result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) result = await result;
		return result.issues.length === 0;
	};
	_encode = (_Err) => {
		const parse = _parse(_Err);
		const fn = (schema, value, _ctx, _params) => {
			const ctx = _ctx ? {
				..._ctx,
				direction: "backward"
			} : { direction: "backward" };
			return parse(schema, value, ctx, finalizeParams(fn, _params));
		};
		return fn;
	};
	_decode = (_Err) => {
		const parse = _parse(_Err);
		const fn = (schema, value, _ctx, _params) => {
			return parse(schema, value, _ctx, finalizeParams(fn, _params));
		};
		return fn;
	};
	_encodeAsync = (_Err) => {
		const parseAsync = _parseAsync(_Err);
		const fn = async (schema, value, _ctx, _params) => {
			const ctx = _ctx ? {
				..._ctx,
				direction: "backward"
			} : { direction: "backward" };
			return await parseAsync(schema, value, ctx, finalizeParams(fn, _params));
		};
		return fn;
	};
	_decodeAsync = (_Err) => {
		const parseAsync = _parseAsync(_Err);
		const fn = async (schema, value, _ctx, _params) => {
			return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
		};
		return fn;
	};
	_safeEncode = (_Err) => (schema, value, _ctx) => {
		const ctx = _ctx ? {
			..._ctx,
			direction: "backward"
		} : { direction: "backward" };
		return _safeParse(_Err)(schema, value, ctx);
	};
	_safeDecode = (_Err) => (schema, value, _ctx) => {
		return _safeParse(_Err)(schema, value, _ctx);
	};
	_safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
		const ctx = _ctx ? {
			..._ctx,
			direction: "backward"
		} : { direction: "backward" };
		return _safeParseAsync(_Err)(schema, value, ctx);
	};
	_safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
		return _safeParseAsync(_Err)(schema, value, _ctx);
	};
}));
// node_modules/zod/v4/core/regexes.js
function nanoidOfLength(length) {
	return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
function emoji() {
	return new RegExp(_emoji$1, "u");
}
function anchor(source) {
	return new RegExp(`^${source}$`);
}
function timeSource(args) {
	const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
	return typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function time(args) {
	return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
	const opts = ["Z"];
	if (args.offset) opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
	const qualified = `${timeSource({
		precision: args.precision,
		seconds: true
	})}(?:${opts.join("|")})`;
	const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
	return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var cuid, cuid2, ulid, xid, ksuid, nanoid, duration, guid, uuid, email, _emoji$1, ipv4, ipv6, cidrv4, cidrv6, base64, base64url, httpProtocol, e164, dateSource, date, anyString, integer, number, lowercase, uppercase;
var init_regexes = __esmMin((() => {
	cuid = /^[cC][0-9a-z]{6,}$/;
	cuid2 = /^[0-9a-z]+$/;
	ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
	xid = /^[0-9a-vA-V]{20}$/;
	ksuid = /^[A-Za-z0-9]{27}$/;
	nanoid = /^[a-zA-Z0-9_-]{21}$/;
	duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
	guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
	uuid = (version) => {
		if (!version) return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
		return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
	};
	email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
	_emoji$1 = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
	ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
	ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
	cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
	cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
	base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
	base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
	httpProtocol = /^https?$/;
	e164 = /^\+[1-9]\d{6,14}$/;
	dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
	date = /*@__PURE__*/ anchor(dateSource);
	anyString = /^[\s\S]{0,}$/;
	integer = /^-?\d+$/;
	number = /^-?\d+(?:\.\d+)?$/;
	lowercase = /^[^A-Z]*$/;
	uppercase = /^[^a-z]*$/;
}));
// node_modules/zod/v4/core/checks.js
var $ZodCheck, _whenHasLength, $ZodCheckMaxLength, $ZodCheckMinLength, $ZodCheckLengthEquals, $ZodCheckStringFormat, $ZodCheckRegex, $ZodCheckLowerCase, $ZodCheckUpperCase, $ZodCheckIncludes, $ZodCheckStartsWith, $ZodCheckEndsWith, $ZodCheckOverwrite;
var init_checks$1 = __esmMin((() => {
	init_core$1();
	init_regexes();
	init_util();
	$ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
		var _a;
		inst._zod ?? (inst._zod = {});
		inst._zod.def = def;
		(_a = inst._zod).onattach ?? (_a.onattach = []);
	});
	_whenHasLength = (payload) => {
		const val = payload.value;
		return !nullish(val) && val.length !== void 0;
	};
	$ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
		var _a;
		$ZodCheck.init(inst, def);
		(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
		inst._zod.check = (payload) => {
			const input = payload.value;
			const units = input.length;
			if ((typeof input === "string" && units > def.maximum ? codePointLength(input) : units) <= def.maximum) return;
			const origin = getLengthableOrigin(input);
			payload.issues.push({
				origin,
				code: "too_big",
				maximum: def.maximum,
				inclusive: true,
				input,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
		var _a;
		$ZodCheck.init(inst, def);
		(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
		inst._zod.check = (payload) => {
			const input = payload.value;
			const units = input.length;
			if ((typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units) >= def.minimum) return;
			const origin = getLengthableOrigin(input);
			payload.issues.push({
				origin,
				code: "too_small",
				minimum: def.minimum,
				inclusive: true,
				input,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
		var _a;
		$ZodCheck.init(inst, def);
		(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
		inst._zod.check = (payload) => {
			const input = payload.value;
			const units = input.length;
			const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
			if (length === def.length) return;
			const origin = getLengthableOrigin(input);
			const tooBig = length > def.length;
			payload.issues.push({
				origin,
				...tooBig ? {
					code: "too_big",
					maximum: def.length
				} : {
					code: "too_small",
					minimum: def.length
				},
				inclusive: true,
				exact: true,
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
		var _a, _b;
		$ZodCheck.init(inst, def);
		if (def.pattern) (_a = inst._zod).check ?? (_a.check = (payload) => {
			def.pattern.lastIndex = 0;
			if (def.pattern.test(payload.value)) return;
			payload.issues.push({
				origin: "string",
				code: "invalid_format",
				format: def.format,
				input: payload.value,
				...def.pattern ? { pattern: def.pattern.toString() } : {},
				inst,
				continue: !def.abort
			});
		});
		else (_b = inst._zod).check ?? (_b.check = () => {});
	});
	$ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
		$ZodCheckStringFormat.init(inst, def);
		inst._zod.check = (payload) => {
			def.pattern.lastIndex = 0;
			if (def.pattern.test(payload.value)) return;
			payload.issues.push({
				origin: "string",
				code: "invalid_format",
				format: "regex",
				input: payload.value,
				pattern: def.pattern.toString(),
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
		def.pattern ?? (def.pattern = lowercase);
		$ZodCheckStringFormat.init(inst, def);
	});
	$ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
		def.pattern ?? (def.pattern = uppercase);
		$ZodCheckStringFormat.init(inst, def);
	});
	$ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
		$ZodCheck.init(inst, def);
		const escapedRegex = escapeRegex(def.includes);
		def.pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
		inst._zod.check = (payload) => {
			if (payload.value.includes(def.includes, def.position)) return;
			payload.issues.push({
				origin: "string",
				code: "invalid_format",
				format: "includes",
				includes: def.includes,
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
		$ZodCheck.init(inst, def);
		const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
		def.pattern ?? (def.pattern = pattern);
		inst._zod.check = (payload) => {
			if (payload.value.startsWith(def.prefix)) return;
			payload.issues.push({
				origin: "string",
				code: "invalid_format",
				format: "starts_with",
				prefix: def.prefix,
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
		$ZodCheck.init(inst, def);
		const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
		def.pattern ?? (def.pattern = pattern);
		inst._zod.check = (payload) => {
			if (payload.value.endsWith(def.suffix)) return;
			payload.issues.push({
				origin: "string",
				code: "invalid_format",
				format: "ends_with",
				suffix: def.suffix,
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
		$ZodCheck.init(inst, def);
		inst._zod.check = (payload) => {
			payload.value = def.tx(payload.value);
		};
	});
}));
// node_modules/zod/v4/core/doc.js
var Doc;
var init_doc = __esmMin((() => {
	Doc = class {
		constructor(args = [], closed = {}) {
			this.content = [];
			this.indent = 0;
			this.args = args;
			this.closed = closed;
		}
		indented(fn) {
			this.indent += 1;
			try {
				fn(this);
			} finally {
				this.indent -= 1;
			}
		}
		write(arg) {
			if (typeof arg === "function") {
				arg(this, { execution: "sync" });
				arg(this, { execution: "async" });
				return;
			}
			const lines = arg.split("\n").filter((x) => x);
			const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
			const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
			for (const line of dedented) this.content.push(line);
		}
		compile() {
			const F = Function;
			const content = this?.content ?? [``];
			return new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`)(...Object.values(this.closed));
		}
	};
}));
// node_modules/zod/v4/core/versions.js
var version;
var init_versions = __esmMin((() => {
	version = {
		major: 4,
		minor: 6,
		patch: 7
	};
}));
// node_modules/zod/v4/core/schemas.js
async function validateAsync(inst, value) {
	const ctx = { async: true };
	return toStandardResult(await inst._zod.run({
		value,
		issues: []
	}, ctx), ctx);
}
function standardProps(inst) {
	return {
		validate: (value) => {
			const ctx = { async: false };
			try {
				const r = inst._zod.run({
					value,
					issues: []
				}, ctx);
				if (!(r instanceof Promise)) return toStandardResult(r, ctx);
			} catch (_) {}
			return validateAsync(inst, value);
		},
		vendor: "zod",
		version: 1
	};
}
function canParseURL(input) {
	try {
		if (typeof URL !== "undefined" && typeof URL.canParse === "function") return URL.canParse(input);
		new URL(input);
		return true;
	} catch {
		return false;
	}
}
function validateURL(trimmed, def) {
	if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) return canParseURL(trimmed) || 2;
	return parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
	if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) return 1;
	try {
		if (typeof URL !== "undefined") {
			const URLStatic = URL;
			if (typeof URLStatic.parse === "function") return URLStatic.parse(trimmed) ?? 2;
		}
		return new URL(trimmed);
	} catch {
		return 2;
	}
}
function stripTabAndNewline(value) {
	return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
	hostname.lastIndex = 0;
	return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
	protocol.lastIndex = 0;
	return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
function isValidIPv6(value) {
	if (!ipv6Alphabet.test(value)) return false;
	return canParseURL(`http://[${value}]`);
}
function isValidCIDRv6(value) {
	const parts = value.split("/");
	if (parts.length !== 2) return false;
	const [address, prefix] = parts;
	if (!prefix) return false;
	const prefixNum = Number(prefix);
	if (`${prefixNum}` !== prefix) return false;
	if (prefixNum < 0 || prefixNum > 128) return false;
	return isValidIPv6(address);
}
function isValidBase64(data) {
	if (data === "") return true;
	if (/\s/.test(data)) return false;
	if (data.length % 4 !== 0) return false;
	try {
		atob(data);
		return true;
	} catch {
		return false;
	}
}
function isValidBase64URL(data) {
	if (!base64urlCharset.test(data)) return false;
	const base64 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
	return isValidBase64(base64.padEnd(Math.ceil(base64.length / 4) * 4, "="));
}
function isValidJWT(token, algorithm = null) {
	try {
		const tokensParts = token.split(".");
		if (tokensParts.length !== 3) return false;
		const [header] = tokensParts;
		if (!header) return false;
		const parsedHeader = JSON.parse(atob(header));
		if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT") return false;
		if (!parsedHeader.alg) return false;
		if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm)) return false;
		return true;
	} catch {
		return false;
	}
}
function capSize(inst, size) {
	const caps = sizeCaps(inst._zod.def.checks);
	if (!caps.length) return;
	const cap = Math.min(...caps.map((c) => c[0]));
	const parse = inst._zod.parse;
	inst._zod.parse = (payload, ctx) => {
		const n = size(payload.value);
		if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
			for (const [max, ch] of sizeCaps(inst._zod.def.checks)) if (n > max && ch._zod.def.when(payload)) {
				const start = payload.issues.length;
				ch._zod.check(payload);
				payload.issues[start].continue = false;
				attachSchema(payload.issues, start, inst);
				return payload;
			}
		}
		return parse(payload, ctx);
	};
}
function handleArrayResult(result, final, index) {
	if (result.issues.length) final.issues.push(...prefixIssues(index, result.issues));
	final.value[index] = result.value;
}
function handlePropertyResult(result, final, key, input, optin, optout) {
	const isPresent = key in input;
	const isOptionalOut = optout === "optional";
	if (!isPresent && isOptionalOut && optin === "optional") return;
	if (result.issues.length) {
		if (optin !== void 0 && isOptionalOut && !isPresent) return;
		final.issues.push(...prefixIssues(key, result.issues));
	}
	if (!isPresent && optin === void 0) {
		if (!result.issues.length) final.issues.push({
			code: "invalid_type",
			expected: "nonoptional",
			input: void 0,
			path: [key]
		});
		return;
	}
	if (result.value === void 0) {
		if (isPresent || optin === "defaulted" && !isOptionalOut) final.value[key] = void 0;
	} else final.value[key] = result.value;
}
function normalizeDef(def) {
	const keys = Object.keys(def.shape);
	const ownSymbols = Object.getOwnPropertySymbols(def.shape);
	const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
	const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
	for (const k of allKeys) if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
	const okeys = optionalKeys(def.shape);
	return {
		...def,
		allKeys,
		symbolKeys,
		keySet: new Set(keys),
		numKeys: keys.length,
		optionalKeys: new Set(okeys)
	};
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
	const unrecognized = [];
	const keySet = def.keySet;
	const _catchall = def.catchall._zod;
	const t = _catchall.def.type;
	const optin = _catchall.optin;
	const optout = _catchall.optout;
	let seen = 0;
	for (const key in input) {
		if (abortEarly && payload.issues.length !== seen) {
			if (aborted(payload, seen)) break;
			seen = payload.issues.length;
		}
		if (keySet.has(key)) continue;
		if (key === "__proto__") {
			if (t === "never") unrecognized.push(key);
			continue;
		}
		if (t === "never") {
			unrecognized.push(key);
			continue;
		}
		const r = _catchall.run({
			value: input[key],
			issues: []
		}, ctx);
		if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
		else handlePropertyResult(r, payload, key, input, optin, optout);
	}
	if (unrecognized.length) payload.issues.push({
		code: "unrecognized_keys",
		keys: unrecognized,
		input,
		inst,
		continue: true
	});
	if (!proms.length) return payload;
	return Promise.all(proms).then(() => {
		return payload;
	});
}
function handleUnionResults(results, final, inst, ctx) {
	for (const result of results) if (result.issues.length === 0) {
		final.value = result.value;
		return final;
	}
	const nonaborted = results.filter((r) => !aborted(r));
	if (nonaborted.length === 1) {
		final.value = nonaborted[0].value;
		return nonaborted[0];
	}
	final.issues.push({
		code: "invalid_union",
		input: final.value,
		inst,
		errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
	});
	return final;
}
function mergeValues(a, b) {
	if (a === b) return {
		valid: true,
		data: a
	};
	if (a instanceof Date && b instanceof Date && +a === +b) return {
		valid: true,
		data: a
	};
	if (isPlainObject(a) && isPlainObject(b)) {
		const bKeys = Object.keys(b);
		const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
		const newObj = {
			...a,
			...b
		};
		if (Object.prototype.hasOwnProperty.call(newObj, "__proto__")) delete newObj.__proto__;
		for (const key of sharedKeys) {
			if (key === "__proto__") continue;
			const sharedValue = mergeValues(a[key], b[key]);
			if (!sharedValue.valid) return {
				valid: false,
				mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
			};
			newObj[key] = sharedValue.data;
		}
		return {
			valid: true,
			data: newObj
		};
	}
	if (Array.isArray(a) && Array.isArray(b)) {
		if (a.length !== b.length) return {
			valid: false,
			mergeErrorPath: []
		};
		const newArray = [];
		for (let index = 0; index < a.length; index++) {
			const itemA = a[index];
			const itemB = b[index];
			const sharedValue = mergeValues(itemA, itemB);
			if (!sharedValue.valid) return {
				valid: false,
				mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
			};
			newArray.push(sharedValue.data);
		}
		return {
			valid: true,
			data: newArray
		};
	}
	return {
		valid: false,
		mergeErrorPath: []
	};
}
function handleIntersectionResults(result, left, right) {
	const unrecKeys = /* @__PURE__ */ new Map();
	let unrecIssue;
	const keyIssues = /* @__PURE__ */ new Map();
	const collect = (iss, side) => {
		let keys;
		if (iss.code === "unrecognized_keys" && !iss.path?.length) {
			unrecIssue ?? (unrecIssue = iss);
			keys = iss.keys;
		} else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
			const k = String(iss.path[0]);
			if (!keyIssues.has(k)) keyIssues.set(k, iss);
			keys = [k];
		} else return false;
		for (const k of keys) {
			if (!unrecKeys.has(k)) unrecKeys.set(k, {});
			unrecKeys.get(k)[side] = true;
		}
		return true;
	};
	for (const iss of left.issues) if (!collect(iss, "l")) result.issues.push(iss);
	for (const iss of right.issues) if (!collect(iss, "r")) result.issues.push(iss);
	const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
	if (bothKeys.length) {
		const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
		if (aggregated.length) result.issues.push({
			...unrecIssue,
			keys: aggregated
		});
		for (const k of bothKeys) if (!aggregated.includes(k) && keyIssues.has(k)) result.issues.push(keyIssues.get(k));
	}
	const merged = mergeValues(left.value, right.value);
	if (!merged.valid) {
		if (aborted(result)) return result;
		throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
	}
	result.value = merged.data;
	return result;
}
function handleOptionalResult(payload, result) {
	payload.value = result.issues.length ? void 0 : result.value;
	return payload;
}
function handleDefaultResult(payload, def) {
	if (payload.value === void 0) payload.value = def.defaultValue;
	return payload;
}
function handleNonOptionalResult(payload, inst) {
	if (!payload.issues.length && payload.value === void 0) payload.issues.push({
		code: "invalid_type",
		expected: "nonoptional",
		input: payload.value,
		inst
	});
	return payload;
}
function handleCatchResult(payload, result, def, ctx) {
	if (!result.issues.length) {
		payload.value = result.value;
		if (result.memo) payload.memo = true;
		return payload;
	}
	payload.value = def.catchValue({
		...result,
		value: payload.value,
		error: { issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())) },
		input: payload.value
	});
	return payload;
}
function handlePipeResult(left, next, ctx) {
	if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
		left.aborted = true;
		return left;
	}
	return next._zod.run({
		value: left.value,
		issues: left.issues
	}, ctx);
}
function handleReadonlyResult(payload) {
	if (!payload.memo) payload.value = Object.freeze(payload.value);
	return payload;
}
function handleRefineResult(result, payload, input, inst) {
	if (!result) {
		const _iss = {
			code: "custom",
			input,
			inst,
			path: [...inst._zod.def.path ?? []],
			continue: !inst._zod.def.abort
		};
		if (inst._zod.def.params) _iss.params = inst._zod.def.params;
		payload.issues.push(issue(_iss));
	}
}
var $ZodType, toStandardResult, $ZodString, $ZodStringFormat, $ZodGUID, $ZodUUID, $ZodEmail, asciiTabOrNewline, $ZodURL, $ZodEmoji, $ZodNanoID, $ZodCUID, $ZodCUID2, $ZodULID, $ZodXID, $ZodKSUID, $ZodISODateTime, $ZodISODate, $ZodISOTime, $ZodISODuration, $ZodIPv4, ipv6Alphabet, $ZodIPv6, $ZodCIDRv4, $ZodCIDRv6, base64Charset, $ZodBase64, base64urlCharset, $ZodBase64URL, $ZodE164, $ZodJWT, $ZodUnknown, $ZodNever, arraySize, $ZodArray, NO_SYMBOL_KEYS, $ZodObject, $ZodObjectJIT, $ZodUnion, $ZodIntersection, $ZodRecord, $ZodEnum, $ZodTransform, $ZodOptional, $ZodExactOptional, $ZodNullable, $ZodDefault, $ZodPrefault, $ZodNonOptional, $ZodCatch, $ZodPipe, $ZodReadonly, $ZodCustom;
var init_schemas$1 = __esmMin((() => {
	init_checks$1();
	init_core$1();
	init_doc();
	init_regexes();
	init_util();
	init_versions();
	$ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
		var _a;
		inst ?? (inst = {});
		inst._zod.def = def;
		inst._zod.bag = inst._zod.bag || {};
		inst._zod.version = version;
		const defChecks = inst._zod.def.checks;
		const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
		for (const ch of checks) for (const fn of ch._zod.onattach) fn(inst);
		if (checks.length === 0) {
			(_a = inst._zod).deferred ?? (_a.deferred = []);
			inst._zod.deferred?.push(() => {
				inst._zod.run = inst._zod.parse;
			});
		} else {
			const runChecks = (payload, checks, ctx) => {
				if (payload.memo) return payload;
				let isAborted = aborted(payload);
				let asyncResult;
				for (const ch of checks) {
					if (ch._zod.def.when) {
						if (explicitlyAborted(payload)) continue;
						if (!ch._zod.def.when(payload)) continue;
					} else if (isAborted) continue;
					const currLen = payload.issues.length;
					const _ = ch._zod.check(payload);
					if (_ instanceof Promise && ctx?.async === false) throw new $ZodAsyncError();
					if (asyncResult || _ instanceof Promise) asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
						await _;
						if (payload.issues.length === currLen) return;
						attachSchema(payload.issues, currLen, inst);
						if (!isAborted) isAborted = aborted(payload, currLen);
					});
					else {
						if (payload.issues.length === currLen) continue;
						attachSchema(payload.issues, currLen, inst);
						if (!isAborted) isAborted = aborted(payload, currLen);
					}
				}
				if (asyncResult) return asyncResult.then(() => {
					return payload;
				});
				return payload;
			};
			const handleCanaryResult = (canary, payload, ctx) => {
				if (aborted(canary)) {
					canary.aborted = true;
					return canary;
				}
				const checkResult = runChecks(payload, checks, ctx);
				if (checkResult instanceof Promise) {
					if (ctx.async === false) throw new $ZodAsyncError();
					return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
				}
				return inst._zod.parse(checkResult, ctx);
			};
			inst._zod.run = (payload, ctx) => {
				if (ctx.skipChecks) return inst._zod.parse(payload, ctx);
				if (ctx.direction === "backward") {
					const canary = inst._zod.parse({
						value: payload.value,
						issues: []
					}, {
						...ctx,
						skipChecks: true
					});
					if (canary instanceof Promise) return canary.then((canary) => {
						return handleCanaryResult(canary, payload, ctx);
					});
					return handleCanaryResult(canary, payload, ctx);
				}
				const result = inst._zod.parse(payload, ctx);
				if (result instanceof Promise) {
					if (ctx.async === false) throw new $ZodAsyncError();
					return result.then((result) => runChecks(result, checks, ctx));
				}
				return runChecks(result, checks, ctx);
			};
		}
	}, {
		get "~standard"() {
			return hide(this, "~standard", standardProps(this));
		},
		set "~standard"(value) {
			own(this, "~standard", value);
		}
	});
	toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
	$ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.pattern = def.pattern ?? anyString;
		inst._zod.parse = (payload, _) => {
			if (def.coerce) try {
				payload.value = String(payload.value);
			} catch (_) {}
			if (typeof payload.value === "string") return payload;
			payload.issues.push({
				expected: "string",
				code: "invalid_type",
				input: payload.value,
				inst
			});
			return payload;
		};
	});
	$ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
		$ZodCheckStringFormat.init(inst, def);
		$ZodString.init(inst, def);
	});
	$ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
		def.pattern ?? (def.pattern = guid);
		$ZodStringFormat.init(inst, def);
	});
	$ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
		if (def.version) {
			const v = {
				v1: 1,
				v2: 2,
				v3: 3,
				v4: 4,
				v5: 5,
				v6: 6,
				v7: 7,
				v8: 8
			}[def.version];
			if (v === void 0) throw new Error(`Invalid UUID version: "${def.version}"`);
			def.pattern ?? (def.pattern = uuid(v));
		} else def.pattern ?? (def.pattern = uuid());
		$ZodStringFormat.init(inst, def);
	});
	$ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
		def.pattern ?? (def.pattern = email);
		$ZodStringFormat.init(inst, def);
	});
	asciiTabOrNewline = /[\t\n\r]/g;
	$ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
		$ZodStringFormat.init(inst, def);
		inst._zod.check = (payload) => {
			try {
				const trimmed = payload.value.trim();
				const url = validateURL(trimmed, def);
				if (url === 1) {
					payload.issues.push({
						code: "invalid_format",
						format: "url",
						note: "Invalid URL format",
						input: payload.value,
						inst,
						continue: !def.abort
					});
					return;
				}
				if (url === 2) {
					payload.issues.push({
						code: "invalid_format",
						format: "url",
						input: payload.value,
						inst,
						continue: !def.abort
					});
					return;
				}
				if (url === true) {
					payload.value = stripTabAndNewline(trimmed);
					return;
				}
				if (def.hostname && !urlHostnameOk(url, def.hostname)) payload.issues.push({
					code: "invalid_format",
					format: "url",
					note: "Invalid hostname",
					pattern: def.hostname.source,
					input: payload.value,
					inst,
					continue: !def.abort
				});
				if (def.protocol && !urlProtocolOk(url, def.protocol)) payload.issues.push({
					code: "invalid_format",
					format: "url",
					note: "Invalid protocol",
					pattern: def.protocol.source,
					input: payload.value,
					inst,
					continue: !def.abort
				});
				payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
				return;
			} catch (_) {
				payload.issues.push({
					code: "invalid_format",
					format: "url",
					input: payload.value,
					inst,
					continue: !def.abort
				});
			}
		};
	});
	$ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
		def.pattern ?? (def.pattern = emoji());
		$ZodStringFormat.init(inst, def);
	});
	$ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
		if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1)) throw new Error(`Invalid nanoid length: ${def.length}`);
		def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
		$ZodStringFormat.init(inst, def);
	});
	$ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
		def.pattern ?? (def.pattern = cuid);
		$ZodStringFormat.init(inst, def);
	});
	$ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
		def.pattern ?? (def.pattern = cuid2);
		$ZodStringFormat.init(inst, def);
	});
	$ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
		def.pattern ?? (def.pattern = ulid);
		$ZodStringFormat.init(inst, def);
	});
	$ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
		def.pattern ?? (def.pattern = xid);
		$ZodStringFormat.init(inst, def);
	});
	$ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
		def.pattern ?? (def.pattern = ksuid);
		$ZodStringFormat.init(inst, def);
	});
	$ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
		def.pattern ?? (def.pattern = datetime(def));
		$ZodStringFormat.init(inst, def);
	});
	$ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
		def.pattern ?? (def.pattern = date);
		$ZodStringFormat.init(inst, def);
	});
	$ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
		def.pattern ?? (def.pattern = time(def));
		$ZodStringFormat.init(inst, def);
	});
	$ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
		def.pattern ?? (def.pattern = duration);
		$ZodStringFormat.init(inst, def);
	});
	$ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
		def.pattern ?? (def.pattern = ipv4);
		$ZodStringFormat.init(inst, def);
	});
	ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
	$ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
		def.pattern ?? (def.pattern = ipv6);
		$ZodStringFormat.init(inst, def);
		inst._zod.check = (payload) => {
			if (!isValidIPv6(payload.value)) payload.issues.push({
				code: "invalid_format",
				format: "ipv6",
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
		def.pattern ?? (def.pattern = cidrv4);
		$ZodStringFormat.init(inst, def);
	});
	$ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
		def.pattern ?? (def.pattern = cidrv6);
		$ZodStringFormat.init(inst, def);
		inst._zod.check = (payload) => {
			if (!isValidCIDRv6(payload.value)) payload.issues.push({
				code: "invalid_format",
				format: "cidrv6",
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
	$ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
		def.pattern ?? (def.pattern = base64Charset);
		$ZodStringFormat.init(inst, def);
		inst._zod.check = (payload) => {
			if (isValidBase64(payload.value)) return;
			payload.issues.push({
				code: "invalid_format",
				format: "base64",
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	base64urlCharset = /^[A-Za-z0-9_-]*$/;
	$ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
		def.pattern ?? (def.pattern = base64urlCharset);
		$ZodStringFormat.init(inst, def);
		inst._zod.check = (payload) => {
			if (isValidBase64URL(payload.value)) return;
			payload.issues.push({
				code: "invalid_format",
				format: "base64url",
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
		def.pattern ?? (def.pattern = e164);
		$ZodStringFormat.init(inst, def);
	});
	$ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
		$ZodStringFormat.init(inst, def);
		inst._zod.check = (payload) => {
			if (isValidJWT(payload.value, def.alg)) return;
			payload.issues.push({
				code: "invalid_format",
				format: "jwt",
				input: payload.value,
				inst,
				continue: !def.abort
			});
		};
	});
	$ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.parse = (payload) => payload;
	});
	$ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.parse = (payload, _ctx) => {
			payload.issues.push({
				expected: "never",
				code: "invalid_type",
				input: payload.value,
				inst
			});
			return payload;
		};
	});
	arraySize = (input) => Array.isArray(input) ? input.length : -1;
	$ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
		$ZodType.init(inst, def);
		const memo = globalConfig.memoizer;
		memo?.attach(inst);
		inst._zod.parse = (payload, ctx) => {
			const input = payload.value;
			if (!Array.isArray(input)) {
				payload.issues.push({
					expected: "array",
					code: "invalid_type",
					input,
					inst
				});
				return payload;
			}
			payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
			const proms = [];
			const abortEarly = ctx?.abortEarly;
			for (let i = 0; i < input.length; i++) {
				const item = input[i];
				const result = def.element._zod.run({
					value: item,
					issues: []
				}, ctx);
				if (result instanceof Promise) proms.push(result.then((result) => handleArrayResult(result, payload, i)));
				else {
					handleArrayResult(result, payload, i);
					if (abortEarly && result.issues.length !== 0 && aborted(result)) break;
				}
			}
			if (proms.length) return Promise.all(proms).then(() => payload);
			return payload;
		};
		capSize(inst, arraySize);
	});
	NO_SYMBOL_KEYS = [];
	$ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
		$ZodType.init(inst, def);
		const desc = Object.getOwnPropertyDescriptor(def, "shape");
		const sh = desc?.get ? desc.get.raw : def.shape ?? {};
		if (sh) {
			const get = () => {
				const newSh = { ...sh };
				Object.defineProperty(def, "shape", { value: newSh });
				get.raw = newSh;
				return newSh;
			};
			get.raw = sh;
			Object.defineProperty(def, "shape", { get });
		}
		const _normalized = cached(() => normalizeDef(def));
		defineLazyInternal(inst, "propValues", (zod) => {
			const shape = zod.def.shape;
			const propValues = {};
			for (const key in shape) {
				const field = shape[key]._zod;
				if (field.values) {
					if (!Object.prototype.hasOwnProperty.call(propValues, key)) assignProp(propValues, key, /* @__PURE__ */ new Set());
					for (const v of field.values) propValues[key].add(v);
					if (field.optin !== void 0) propValues[key].add(void 0);
				}
			}
			return propValues;
		});
		const isObject = isObject$1;
		const catchall = def.catchall;
		let value;
		const memo = globalConfig.memoizer;
		memo?.attach(inst);
		inst._zod.parse = (payload, ctx) => {
			value ?? (value = _normalized.value);
			const input = payload.value;
			if (!isObject(input)) {
				payload.issues.push({
					expected: "object",
					code: "invalid_type",
					input,
					inst
				});
				return payload;
			}
			payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
			const proms = [];
			const shape = value.shape;
			const abortEarly = ctx?.abortEarly;
			let seen = payload.issues.length;
			for (const key of value.allKeys) {
				if (abortEarly && payload.issues.length !== seen) {
					if (aborted(payload, seen)) break;
					seen = payload.issues.length;
				}
				if (key === "__proto__") continue;
				const el = shape[key];
				const optin = el._zod.optin;
				const optout = el._zod.optout;
				const r = el._zod.run({
					value: input[key],
					issues: []
				}, ctx);
				if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
				else handlePropertyResult(r, payload, key, input, optin, optout);
			}
			if (!catchall) return proms.length ? Promise.all(proms).then(() => payload) : payload;
			return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
		};
	});
	$ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
		$ZodObject.init(inst, def);
		const superParse = inst._zod.parse;
		const _normalized = cached(() => normalizeDef(def));
		const memo = globalConfig.memoizer;
		const generateFastpass = (shape) => {
			const normalized = _normalized.value;
			const syms = normalized.symbolKeys;
			const doc = new Doc(["payload", "ctx"], {
				shape,
				inst,
				memo,
				syms
			});
			const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
			const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
			doc.write(`const input = payload.value;`);
			const ids = Object.create(null);
			let counter = 0;
			for (const key of normalized.allKeys) ids[key] = `key_${counter++}`;
			doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
			for (const key of normalized.allKeys) {
				if (key === "__proto__") continue;
				const id = ids[key];
				const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
				const isPresent = `${k} in input`;
				const schema = shape[key];
				const optin = schema?._zod?.optin;
				const isOptionalIn = optin !== void 0;
				const isOptionalOut = schema?._zod?.optout === "optional";
				doc.write(`const ${id} = ${parseStr(k)};`);
				if (isOptionalIn && isOptionalOut) {
					const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
					doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
				} else if (!isOptionalIn) doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
				else {
					doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
					if (optin === "defaulted") doc.write(`newResult[${k}] = ${id}.value;`);
					else doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
				}
			}
			doc.write(`payload.value = newResult;`);
			doc.write(`return payload;`);
			return doc.compile();
		};
		let fastpass;
		const isObject = isObject$1;
		const jit = !globalConfig.jitless;
		const fastEnabled = jit && allowsEval.value;
		const catchall = def.catchall;
		let value;
		inst._zod.parse = (payload, ctx) => {
			value ?? (value = _normalized.value);
			const input = payload.value;
			if (!isObject(input)) {
				payload.issues.push({
					expected: "object",
					code: "invalid_type",
					input,
					inst
				});
				return payload;
			}
			if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
				if (!fastpass) fastpass = generateFastpass(def.shape);
				payload = fastpass(payload, ctx);
				if (!catchall) return payload;
				return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
			}
			return superParse(payload, ctx);
		};
	});
	$ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
		$ZodType.init(inst, def);
		defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
		defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
		defineLazyInternal(inst, "values", (zod) => {
			if (zod.def.options.every((o) => o._zod.values)) return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
		});
		defineLazyInternal(inst, "pattern", (zod) => {
			if (zod.def.options.every((o) => o._zod.pattern)) {
				const patterns = zod.def.options.map((o) => o._zod.pattern);
				return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
			}
		});
		const first = def.options.length === 1 ? def.options[0]._zod.run : null;
		inst._zod.parse = (payload, ctx) => {
			if (first) return first(payload, ctx);
			let async = false;
			const results = [];
			for (const option of def.options) {
				const result = option._zod.run({
					value: payload.value,
					issues: []
				}, ctx);
				if (result instanceof Promise) {
					results.push(result);
					async = true;
				} else {
					if (result.issues.length === 0) return result;
					results.push(result);
				}
			}
			if (!async) return handleUnionResults(results, payload, inst, ctx);
			return Promise.all(results).then((results) => {
				return handleUnionResults(results, payload, inst, ctx);
			});
		};
	});
	$ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.parse = (payload, ctx) => {
			const input = payload.value;
			const left = def.left._zod.run({
				value: input,
				issues: []
			}, ctx);
			const right = def.right._zod.run({
				value: input,
				issues: []
			}, ctx);
			if (left instanceof Promise || right instanceof Promise) return Promise.all([left, right]).then(([left, right]) => {
				return handleIntersectionResults(payload, left, right);
			});
			return handleIntersectionResults(payload, left, right);
		};
	});
	$ZodRecord = /*@__PURE__*/ $constructor("$ZodRecord", (inst, def) => {
		$ZodType.init(inst, def);
		const memo = globalConfig.memoizer;
		memo?.attach(inst);
		inst._zod.parse = (payload, ctx) => {
			const input = payload.value;
			if (!isPlainObject(input)) {
				payload.issues.push({
					expected: "record",
					code: "invalid_type",
					input,
					inst
				});
				return payload;
			}
			const proms = [];
			const values = def.keyType._zod.values;
			if (values && !def.partial) {
				payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
				const recordKeys = /* @__PURE__ */ new Set();
				for (const key of values) if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
					recordKeys.add(typeof key === "number" ? key.toString() : key);
					if (key === "__proto__") continue;
					const keyResult = def.keyType._zod.run({
						value: key,
						issues: []
					}, ctx);
					if (keyResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
					if (keyResult.issues.length) {
						payload.issues.push({
							code: "invalid_key",
							origin: "record",
							issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
							input: key,
							path: [key],
							inst
						});
						continue;
					}
					const outKey = keyResult.value;
					if (outKey === "__proto__") continue;
					const result = def.valueType._zod.run({
						value: input[key],
						issues: []
					}, ctx);
					if (result instanceof Promise) proms.push(result.then((result) => {
						if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
						payload.value[outKey] = result.value;
					}));
					else {
						if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
						payload.value[outKey] = result.value;
					}
				}
				let unrecognized;
				for (const key in input) if (!recordKeys.has(key)) {
					if (def.mode === "loose") {
						if (key === "__proto__") continue;
						payload.value[key] = input[key];
					} else {
						unrecognized = unrecognized ?? [];
						unrecognized.push(key);
					}
				}
				if (unrecognized && unrecognized.length > 0) payload.issues.push({
					code: "unrecognized_keys",
					input,
					inst,
					keys: unrecognized,
					continue: true
				});
			} else {
				payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
				let unrecognized;
				for (const key of Reflect.ownKeys(input)) {
					if (key === "__proto__") continue;
					if (!Object.prototype.propertyIsEnumerable.call(input, key)) continue;
					let keyResult = def.keyType._zod.run({
						value: key,
						issues: []
					}, ctx);
					if (keyResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
					if (typeof key === "string" && number.test(key) && keyResult.issues.length) {
						const retryResult = def.keyType._zod.run({
							value: Number(key),
							issues: []
						}, ctx);
						if (retryResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
						if (retryResult.issues.length === 0) keyResult = retryResult;
					}
					if (keyResult.issues.length) {
						if (def.mode === "loose") payload.value[key] = input[key];
						else if (values) {
							unrecognized = unrecognized ?? [];
							unrecognized.push(key);
						} else payload.issues.push({
							code: "invalid_key",
							origin: "record",
							issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
							input: key,
							path: [key],
							inst
						});
						continue;
					}
					const outKey = keyResult.value;
					if (outKey === "__proto__") continue;
					const result = def.valueType._zod.run({
						value: input[key],
						issues: []
					}, ctx);
					if (result instanceof Promise) proms.push(result.then((result) => {
						if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
						payload.value[outKey] = result.value;
					}));
					else {
						if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
						payload.value[outKey] = result.value;
					}
				}
				if (unrecognized && unrecognized.length > 0) payload.issues.push({
					code: "unrecognized_keys",
					input,
					inst,
					keys: unrecognized,
					continue: true
				});
			}
			if (proms.length) return Promise.all(proms).then(() => payload);
			return payload;
		};
	});
	$ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
		$ZodType.init(inst, def);
		const values = getEnumValues(def.entries);
		const valuesSet = new Set(values);
		inst._zod.values = valuesSet;
		defineLazyInternal(inst, "pattern", (zod) => {
			const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
			return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
		});
		inst._zod.parse = (payload, _ctx) => {
			const input = payload.value;
			if (valuesSet.has(input)) return payload;
			payload.issues.push({
				code: "invalid_value",
				values,
				input,
				inst
			});
			return payload;
		};
	});
	$ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.optin = "optional";
		globalConfig.memoizer?.guard(inst);
		inst._zod.parse = (payload, ctx) => {
			if (ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
			const _out = def.transform(payload.value, payload);
			if (ctx.async) return (_out instanceof Promise ? _out : Promise.resolve(_out)).then((output) => {
				payload.value = output;
				return payload;
			});
			if (_out instanceof Promise) throw new $ZodAsyncError();
			payload.value = _out;
			return payload;
		};
	});
	$ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
		$ZodType.init(inst, def);
		defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
		inst._zod.optout = "optional";
		defineLazyInternal(inst, "values", (zod) => {
			const values = zod.def.innerType._zod.values;
			return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
		});
		defineLazyInternal(inst, "pattern", (zod) => {
			const pattern = zod.def.innerType._zod.pattern;
			return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
		});
		inst._zod.parse = (payload, ctx) => {
			if (payload.value === void 0) {
				if (def.innerType._zod.optin !== "defaulted") return payload;
				const result = def.innerType._zod.run({
					value: payload.value,
					issues: []
				}, ctx);
				if (result instanceof Promise) return result.then((result) => handleOptionalResult(payload, result));
				return handleOptionalResult(payload, result);
			}
			return def.innerType._zod.run(payload, ctx);
		};
	});
	$ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
		$ZodOptional.init(inst, def);
		defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
		defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
		inst._zod.parse = (payload, ctx) => {
			return def.innerType._zod.run(payload, ctx);
		};
	});
	$ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
		$ZodType.init(inst, def);
		defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
		defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
		defineLazyInternal(inst, "pattern", (zod) => {
			const pattern = zod.def.innerType._zod.pattern;
			return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
		});
		defineLazyInternal(inst, "values", (zod) => {
			return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
		});
		inst._zod.parse = (payload, ctx) => {
			if (payload.value === null) return payload;
			return def.innerType._zod.run(payload, ctx);
		};
	});
	$ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.optin = "defaulted";
		defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
		inst._zod.parse = (payload, ctx) => {
			if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
			if (payload.value === void 0) {
				payload.value = def.defaultValue;
				return payload;
			}
			const result = def.innerType._zod.run(payload, ctx);
			if (result instanceof Promise) return result.then((result) => handleDefaultResult(result, def));
			return handleDefaultResult(result, def);
		};
	});
	$ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.optin = "defaulted";
		defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
		inst._zod.parse = (payload, ctx) => {
			if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
			if (payload.value === void 0) payload.value = def.defaultValue;
			return def.innerType._zod.run(payload, ctx);
		};
	});
	$ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
		$ZodType.init(inst, def);
		defineLazyInternal(inst, "values", (zod) => {
			const v = zod.def.innerType._zod.values;
			return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
		});
		inst._zod.parse = (payload, ctx) => {
			const result = def.innerType._zod.run(payload, ctx);
			if (result instanceof Promise) return result.then((result) => handleNonOptionalResult(result, inst));
			return handleNonOptionalResult(result, inst);
		};
	});
	$ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
		$ZodType.init(inst, def);
		defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
		defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
		defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
		inst._zod.parse = (payload, ctx) => {
			if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
			const result = def.innerType._zod.run({
				value: payload.value,
				issues: []
			}, ctx);
			if (result instanceof Promise) return result.then((result) => handleCatchResult(payload, result, def, ctx));
			return handleCatchResult(payload, result, def, ctx);
		};
	});
	$ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
		$ZodType.init(inst, def);
		defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
		defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
		defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
		defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
		inst._zod.parse = (payload, ctx) => {
			if (ctx.direction === "backward") {
				const right = def.out._zod.run(payload, ctx);
				if (right instanceof Promise) return right.then((right) => handlePipeResult(right, def.in, ctx));
				return handlePipeResult(right, def.in, ctx);
			}
			const left = def.in._zod.run(payload, ctx);
			if (left instanceof Promise) return left.then((left) => handlePipeResult(left, def.out, ctx));
			return handlePipeResult(left, def.out, ctx);
		};
	});
	$ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
		$ZodType.init(inst, def);
		defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
		defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
		defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
		defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
		inst._zod.parse = (payload, ctx) => {
			if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
			const result = def.innerType._zod.run(payload, ctx);
			if (result instanceof Promise) return result.then(handleReadonlyResult);
			return handleReadonlyResult(result);
		};
	});
	$ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
		$ZodCheck.init(inst, def);
		$ZodType.init(inst, def);
		inst._zod.parse = (payload, _) => {
			return payload;
		};
		inst._zod.check = (payload) => {
			const input = payload.value;
			const r = def.fn(input);
			if (r instanceof Promise) return r.then((r) => handleRefineResult(r, payload, input, inst));
			handleRefineResult(r, payload, input, inst);
		};
	});
}));
// node_modules/zod/v4/core/memoizer.js
function isRef(value) {
	return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
	return issues.map((iss) => iss.path ? {
		...iss,
		path: iss.path.slice()
	} : { ...iss });
}
function isRecursive(inst, stack, resolve) {
	const cached = recursive.get(inst);
	if (cached !== void 0) return cached ? PROVEN : NONE$1;
	if (stack.has(inst)) return PROVEN;
	stack.add(inst);
	let result = NONE$1;
	const check = (child) => {
		if (result !== PROVEN && child?._zod) {
			const answer = isRecursive(child, stack, resolve);
			if (answer > result) result = answer;
		}
	};
	const shape = (sh, spread) => {
		let answer = NONE$1;
		for (const key of Reflect.ownKeys(sh)) {
			const desc = Object.getOwnPropertyDescriptor(sh, key);
			if (spread && !desc.enumerable) continue;
			const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE$1;
			if (child > answer) answer = child;
		}
		return answer;
	};
	const merge = (answer) => {
		if (answer > result) result = answer;
	};
	const def = inst._zod.def;
	switch (def.type) {
		case "object": {
			const raw = rawShape(def);
			merge(raw ? shape(raw, true) : ASSUMED);
			check(def.catchall);
			break;
		}
		case "array":
			check(def.element);
			break;
		case "tuple":
			for (const el of def.items) check(el);
			check(def.rest);
			break;
		case "record":
		case "map":
			check(def.keyType);
			check(def.valueType);
			break;
		case "set":
			check(def.valueType);
			break;
		case "union":
			for (const el of def.options) check(el);
			break;
		case "intersection":
			check(def.left);
			check(def.right);
			break;
		case "optional":
		case "nullable":
		case "default":
		case "prefault":
		case "catch":
		case "readonly":
		case "nonoptional":
		case "promise":
		case "success":
			check(def.innerType);
			break;
		case "pipe":
			check(def.in);
			check(def.out);
			break;
		case "function":
			check(def.input);
			check(def.output);
			break;
		case "lazy": {
			const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
			merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
			break;
		}
		case "template_literal":
		case "string":
		case "number":
		case "int":
		case "boolean":
		case "bigint":
		case "symbol":
		case "undefined":
		case "null":
		case "void":
		case "never":
		case "any":
		case "unknown":
		case "date":
		case "nan":
		case "enum":
		case "literal":
		case "file":
		case "transform":
		case "custom": break;
		default: for (const key in def) {
			const desc = Object.getOwnPropertyDescriptor(def, key);
			if (!desc || desc.get) continue;
			const value = desc.value;
			if (!value || typeof value !== "object") continue;
			if (value._zod) check(value);
			else if (Array.isArray(value)) for (const el of value) check(el);
		}
	}
	stack.delete(inst);
	return settle(inst, result);
}
function settle(inst, answer) {
	if (answer !== ASSUMED) recursive.set(inst, answer === PROVEN);
	return answer;
}
function bucketFor(state, inst) {
	let bucket = state.buckets.get(inst);
	if (!bucket) {
		bucket = /* @__PURE__ */ new WeakMap();
		state.buckets.set(inst, bucket);
	}
	return bucket;
}
function memoizer() {
	return memo;
}
function isBackEdge(ctx, value) {
	const backEdges = ctx[STATE]?.backEdges;
	return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}
var $ZodCyclicError, STATE, NO_ISSUES, recursive, NONE$1, ASSUMED, PROVEN, handoff, open$3, memo;
var init_memoizer = __esmMin((() => {
	init_util();
	$ZodCyclicError = class extends Error {
		constructor() {
			super(`Cannot parse a reference cycle that closes through a transform`);
			this.name = "ZodCyclicError";
		}
	};
	STATE = "~memo";
	NO_ISSUES = [];
	recursive = /*@__PURE__*/ new WeakMap();
	NONE$1 = 0;
	ASSUMED = 1;
	PROVEN = 2;
	open$3 = [];
	memo = {
		alloc(_inst, payload, empty) {
			const bucket = handoff;
			if (!bucket) return empty;
			handoff = void 0;
			const entry = {
				value: empty,
				issues: null
			};
			bucket.set(payload.value, entry);
			open$3.push(entry);
			return empty;
		},
		guard(inst) {
			var _a;
			(_a = inst._zod).deferred ?? (_a.deferred = []);
			inst._zod.deferred.push(() => {
				const base = inst._zod.parse;
				const wrapped = (payload, ctx) => {
					if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value)) throw new $ZodCyclicError();
					return base(payload, ctx);
				};
				inst._zod.parse = wrapped;
				if (inst._zod.run === base) inst._zod.run = wrapped;
			});
		},
		attach(inst) {
			var _a;
			let isRecursiveInst;
			let rechecked = false;
			let lastCtx;
			let lastBucket;
			(_a = inst._zod).deferred ?? (_a.deferred = []);
			inst._zod.deferred.push(() => {
				const base = inst._zod.parse;
				const wrapped = (payload, ctx) => {
					if (isRecursiveInst === void 0) {
						const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
						if (walked === NONE$1) {
							inst._zod.parse = base;
							if (inst._zod.run === wrapped) inst._zod.run = base;
							return base(payload, ctx);
						}
						if (walked === PROVEN || rechecked) isRecursiveInst = true;
						else rechecked = true;
					}
					const input = payload.value;
					if (!isRef(input)) return base(payload, ctx);
					let state = ctx[STATE];
					if (!state) {
						state = {
							buckets: /* @__PURE__ */ new WeakMap(),
							backEdges: void 0
						};
						ctx[STATE] = state;
					}
					let bucket;
					if (lastCtx === ctx) bucket = lastBucket;
					else {
						bucket = bucketFor(state, inst);
						lastCtx = ctx;
						lastBucket = bucket;
					}
					const hit = bucket.get(input);
					if (hit) {
						payload.value = hit.value;
						if (hit.issues) {
							if (hit.issues.length) payload.issues.push(...cloneIssues(hit.issues));
						} else {
							payload.memo = true;
							state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
							state.backEdges.add(hit.value);
						}
						return payload;
					}
					handoff = bucket;
					const depth = open$3.length;
					const result = base(payload, ctx);
					handoff = void 0;
					const entry = open$3.length > depth ? open$3.pop() : void 0;
					if (result instanceof Promise) return result.then((r) => {
						if (entry) entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
						return r;
					});
					if (entry) entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
					return result;
				};
				inst._zod.parse = wrapped;
				if (inst._zod.run === base) inst._zod.run = wrapped;
			});
		}
	};
}));
// node_modules/zod/v4/locales/en.js
function en_default() {
	return { localeError: error() };
}
var error;
var init_en = __esmMin((() => {
	init_util();
	error = () => {
		const Sizable = {
			string: {
				unit: "characters",
				verb: "to have"
			},
			file: {
				unit: "bytes",
				verb: "to have"
			},
			array: {
				unit: "items",
				verb: "to have"
			},
			set: {
				unit: "items",
				verb: "to have"
			},
			map: {
				unit: "entries",
				verb: "to have"
			}
		};
		function getSizing(origin) {
			return Sizable[origin] ?? null;
		}
		const FormatDictionary = {
			regex: "input",
			email: "email address",
			url: "URL",
			emoji: "emoji",
			uuid: "UUID",
			uuidv4: "UUIDv4",
			uuidv6: "UUIDv6",
			nanoid: "nanoid",
			guid: "GUID",
			cuid: "cuid",
			cuid2: "cuid2",
			ulid: "ULID",
			xid: "XID",
			ksuid: "KSUID",
			datetime: "ISO datetime",
			date: "ISO date",
			time: "ISO time",
			duration: "ISO duration",
			ipv4: "IPv4 address",
			ipv6: "IPv6 address",
			mac: "MAC address",
			cidrv4: "IPv4 range",
			cidrv6: "IPv6 range",
			base64: "base64-encoded string",
			base64url: "base64url-encoded string",
			json_string: "JSON string",
			e164: "E.164 number",
			currency_code: "currency code",
			credit_card: "credit card number",
			iban: "IBAN",
			jwt: "JWT",
			template_literal: "input"
		};
		const TypeDictionary = { nan: "NaN" };
		function getTypeName(type, input) {
			if (type === "number" && typeof input === "number" && !Number.isFinite(input)) return String(input);
			return TypeDictionary[type] ?? type;
		}
		return (issue) => {
			switch (issue.code) {
				case "invalid_type": return `Invalid input: expected ${getTypeName(issue.expected)}, received ${getTypeName(parsedType(issue.input), issue.input)}`;
				case "invalid_value":
					if (issue.values.length === 1) return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
					return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
				case "too_big": {
					const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
					const sizing = getSizing(issue.origin);
					if (sizing) return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
					return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
				}
				case "too_small": {
					const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
					const sizing = getSizing(issue.origin);
					if (sizing) return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
					return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
				}
				case "invalid_format": {
					const _issue = issue;
					if (_issue.format === "starts_with") return `Invalid string: must start with "${_issue.prefix}"`;
					if (_issue.format === "ends_with") return `Invalid string: must end with "${_issue.suffix}"`;
					if (_issue.format === "includes") return `Invalid string: must include "${_issue.includes}"`;
					if (_issue.format === "regex") return `Invalid string: must match pattern ${_issue.pattern}`;
					return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
				}
				case "not_multiple_of": return `Invalid number: must be a multiple of ${issue.divisor}`;
				case "unrecognized_keys": return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
				case "invalid_key": return `Invalid key in ${issue.origin}`;
				case "invalid_union":
					if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) return `Invalid discriminator value. Expected ${issue.options.map((o) => `'${o}'`).join(" | ")}`;
					if (issue.inclusive === false) return "Invalid input: more than one option matched";
					return "Invalid input";
				case "invalid_element": return `Invalid value in ${issue.origin}`;
				default: return `Invalid input`;
			}
		};
	};
}));
// node_modules/zod/v4/core/registries.js
function registry() {
	return new $ZodRegistry();
}
var _a, $ZodRegistry, globalRegistry;
var init_registries = __esmMin((() => {
	$ZodRegistry = class {
		constructor() {
			this._map = /* @__PURE__ */ new WeakMap();
			this._idmap = /* @__PURE__ */ new Map();
		}
		add(schema, ..._meta) {
			const meta = _meta[0];
			this._map.set(schema, meta);
			if (meta && typeof meta === "object" && "id" in meta) this._idmap.set(meta.id, schema);
			return this;
		}
		clear() {
			this._map = /* @__PURE__ */ new WeakMap();
			this._idmap = /* @__PURE__ */ new Map();
			return this;
		}
		remove(schema) {
			const meta = this._map.get(schema);
			if (meta && typeof meta === "object" && "id" in meta) this._idmap.delete(meta.id);
			this._map.delete(schema);
			return this;
		}
		get(schema) {
			const p = schema._zod.parent;
			if (p) {
				const pm = { ...this.get(p) ?? {} };
				delete pm.id;
				const f = {
					...pm,
					...this._map.get(schema)
				};
				return Object.keys(f).length ? f : void 0;
			}
			return this._map.get(schema);
		}
		has(schema) {
			return this._map.has(schema);
		}
	};
	(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry());
	globalRegistry = globalThis.__zod_globalRegistry;
}));
// node_modules/zod/v4/core/compile.js
var init_compile = __esmMin((() => {}));
// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
	if (def.checks) def.checks = [...def.checks];
	return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
	return new Class(snapshotChecks({
		type: "string",
		...normalizeParams(params)
	}));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
	return new Class({
		type: "string",
		format: "email",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
	return new Class({
		type: "string",
		format: "guid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v4",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v6",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v7",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
	return new Class({
		type: "string",
		format: "url",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _emoji(Class, params) {
	return new Class({
		type: "string",
		format: "emoji",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
	return new Class({
		type: "string",
		format: "nanoid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
	return new Class({
		type: "string",
		format: "cuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
	return new Class({
		type: "string",
		format: "cuid2",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
	return new Class({
		type: "string",
		format: "ulid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
	return new Class({
		type: "string",
		format: "xid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
	return new Class({
		type: "string",
		format: "ksuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
	return new Class({
		type: "string",
		format: "ipv4",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
	return new Class({
		type: "string",
		format: "ipv6",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
	return new Class({
		type: "string",
		format: "cidrv4",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
	return new Class({
		type: "string",
		format: "cidrv6",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
	return new Class({
		type: "string",
		format: "base64",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
	return new Class({
		type: "string",
		format: "base64url",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
	return new Class({
		type: "string",
		format: "e164",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
	return new Class({
		type: "string",
		format: "jwt",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
	return new Class({
		type: "string",
		format: "datetime",
		check: "string_format",
		offset: false,
		local: false,
		precision: null,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
	return new Class({
		type: "string",
		format: "date",
		check: "string_format",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
	return new Class({
		type: "string",
		format: "time",
		check: "string_format",
		precision: null,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
	return new Class({
		type: "string",
		format: "duration",
		check: "string_format",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
	return new Class({ type: "unknown" });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
	return new Class({
		type: "never",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
	return new $ZodCheckMaxLength({
		check: "max_length",
		...normalizeParams(params),
		maximum
	});
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
	return new $ZodCheckMinLength({
		check: "min_length",
		...normalizeParams(params),
		minimum
	});
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
	return new $ZodCheckLengthEquals({
		check: "length_equals",
		...normalizeParams(params),
		length
	});
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
	return new $ZodCheckRegex({
		check: "string_format",
		format: "regex",
		...normalizeParams(params),
		pattern
	});
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
	return new $ZodCheckLowerCase({
		check: "string_format",
		format: "lowercase",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
	return new $ZodCheckUpperCase({
		check: "string_format",
		format: "uppercase",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
	return new $ZodCheckIncludes({
		check: "string_format",
		format: "includes",
		...normalizeParams(params),
		includes
	});
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
	return new $ZodCheckStartsWith({
		check: "string_format",
		format: "starts_with",
		...normalizeParams(params),
		prefix
	});
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
	return new $ZodCheckEndsWith({
		check: "string_format",
		format: "ends_with",
		...normalizeParams(params),
		suffix
	});
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
	return new $ZodCheckOverwrite({
		check: "overwrite",
		tx
	});
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
	return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
	return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
	return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
	return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
	return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
	return new Class({
		type: "array",
		element,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
	return new Class({
		type: "custom",
		check: "custom",
		fn,
		...normalizeParams(_params)
	});
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
	const ch = /* @__PURE__ */ _check((payload) => {
		payload.addIssue = (issue$2) => {
			if (typeof issue$2 === "string") payload.issues.push(issue(issue$2, payload.value, ch._zod.def));
			else {
				const _issue = issue$2;
				if (_issue.fatal) _issue.continue = false;
				_issue.code ?? (_issue.code = "custom");
				if (!("input" in _issue)) _issue.input = payload.value;
				_issue.inst ?? (_issue.inst = ch);
				_issue.continue ?? (_issue.continue = !ch._zod.def.abort);
				payload.issues.push(issue(_issue));
			}
		};
		return fn(payload.value, payload);
	}, params);
	return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
	const ch = new $ZodCheck({
		check: "custom",
		...normalizeParams(params)
	});
	ch._zod.check = fn;
	return ch;
}
var init_api = __esmMin((() => {
	init_checks$1();
	init_util();
}));
// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
	for (const source of sources) for (const key of Reflect.ownKeys(source)) if (Object.prototype.propertyIsEnumerable.call(source, key)) assignProp(target, key, source[key]);
	return target;
}
function initializeContext(params) {
	let target = params?.target ?? "draft-2020-12";
	if (target === "draft-4") target = "draft-04";
	if (target === "draft-7") target = "draft-07";
	return {
		processors: params.processors ?? {},
		metadataRegistry: params?.metadata ?? globalRegistry,
		target,
		unrepresentable: params?.unrepresentable ?? "throw",
		override: params?.override ?? (() => {}),
		io: params?.io ?? "output",
		counter: 0,
		seen: /* @__PURE__ */ new Map(),
		sharedDefsExtractedFor: void 0,
		sharedEmitDoneFor: void 0,
		cycles: params?.cycles ?? "ref",
		reused: params?.reused ?? "inline",
		intersections: [],
		deferred: [],
		external: params?.external ?? void 0
	};
}
function handleUnrepresentable(schema, ctx, json, params, message) {
	const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({
		zodSchema: schema,
		path: params.path,
		message
	}) : ctx.unrepresentable;
	if (result === "any") return false;
	if (result === void 0 || result === "throw") throw new Error(message);
	Object.assign(json, result);
	return true;
}
function processSchema(schema, ctx, _params = {
	path: [],
	schemaPath: []
}) {
	var _a;
	const def = schema._zod.def;
	const seen = ctx.seen.get(schema);
	if (seen) {
		seen.count++;
		if (_params.schemaPath.includes(schema)) seen.cycle = _params.path;
		return seen.schema;
	}
	const result = {
		schema: {},
		count: 1,
		cycle: void 0,
		path: _params.path
	};
	ctx.seen.set(schema, result);
	ctx.sharedDefsExtractedFor = void 0;
	ctx.sharedEmitDoneFor = void 0;
	const overrideSchema = schema._zod.toJSONSchema?.();
	if (overrideSchema) result.schema = overrideSchema;
	else {
		const params = {
			..._params,
			schemaPath: [..._params.schemaPath, schema],
			path: _params.path
		};
		if (schema._zod.processJSONSchema) schema._zod.processJSONSchema(ctx, result.schema, params);
		else {
			const _json = result.schema;
			const processor = ctx.processors[def.type];
			if (!processor) throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
			processor(schema, ctx, _json, params);
		}
		const parent = schema._zod.parent;
		if (parent) {
			if (!result.ref) result.ref = parent;
			processSchema(parent, ctx, params);
			ctx.seen.get(parent).isParent = true;
		}
	}
	const meta = ctx.metadataRegistry.get(schema);
	if (meta) assignProps(result.schema, meta);
	if (ctx.io === "input" && isTransforming(schema)) {
		delete result.schema.examples;
		delete result.schema.default;
	}
	if (ctx.io === "input" && "_prefault" in result.schema) (_a = result.schema).default ?? (_a.default = result.schema._prefault);
	delete result.schema._prefault;
	return ctx.seen.get(schema).schema;
}
function encodeJSONPointerSegment(segment) {
	return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
	const root = ctx.seen.get(schema);
	if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
	if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external) return;
	const idToSchema = /* @__PURE__ */ new Map();
	for (const entry of ctx.seen.entries()) {
		const id = ctx.metadataRegistry.get(entry[0])?.id;
		if (id) {
			const existing = idToSchema.get(id);
			if (existing && existing !== entry[0]) throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
			idToSchema.set(id, entry[0]);
		}
	}
	const makeURI = (entry) => {
		const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
		if (ctx.external) {
			const externalId = ctx.external.registry.get(entry[0])?.id;
			const uriGenerator = ctx.external.uri ?? ((id) => id);
			if (externalId) return { ref: uriGenerator(externalId) };
			const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
			entry[1].defId = id;
			return {
				defId: id,
				ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}`
			};
		}
		const uriPrefix = `#`;
		const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
		if (entry[1] === root && !entry[1].schema.id) return { ref: uriPrefix };
		const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
		return {
			defId,
			ref: defUriPrefix + encodeJSONPointerSegment(defId)
		};
	};
	const extractToDef = (entry) => {
		if (entry[1].schema.$ref) return;
		const seen = entry[1];
		const { ref, defId } = makeURI(entry);
		seen.def = { ...seen.schema };
		if (defId) seen.defId = defId;
		const schema = seen.schema;
		for (const key in schema) delete schema[key];
		schema.$ref = ref;
	};
	if (ctx.cycles === "throw") for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (seen.cycle) throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
	}
	for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (schema === entry[0]) {
			extractToDef(entry);
			continue;
		}
		if (ctx.external) {
			const ext = ctx.external.registry.get(entry[0])?.id;
			if (schema !== entry[0] && ext) {
				extractToDef(entry);
				continue;
			}
		}
		if (ctx.metadataRegistry.get(entry[0])?.id) {
			extractToDef(entry);
			continue;
		}
		if (seen.cycle) {
			extractToDef(entry);
			continue;
		}
		if (seen.count > 1) {
			if (ctx.reused === "ref") extractToDef(entry);
		}
	}
	if (ctx.external) ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema) {
	const options = schema.anyOf;
	if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0) return;
	const types = [];
	for (const option of options) {
		if (!option || typeof option !== "object") return;
		compactTypeUnion(option);
		const keys = Object.keys(option);
		if (keys.length !== 1 || keys[0] !== "type") return;
		const type = option.type;
		for (const member of Array.isArray(type) ? type : [type]) {
			if (typeof member !== "string") return;
			if (!types.includes(member)) types.push(member);
		}
	}
	delete schema.anyOf;
	schema.type = types.length === 1 ? types[0] : types;
}
function undeclaredConstraint(member) {
	const extra = member.additionalProperties;
	if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null) return null;
	return Object.keys(extra).length ? extra : null;
}
function foldObjects(members) {
	const objects = [];
	for (const member of members) {
		if (typeof member !== "object" || member.type !== "object") return null;
		for (const key in member) if (!FOLDABLE_KEYS.has(key)) return null;
		objects.push(member);
	}
	const properties = {};
	const required = /* @__PURE__ */ new Set();
	for (const object of objects) {
		for (const key in object.properties) {
			if (Object.prototype.hasOwnProperty.call(properties, key)) continue;
			const parts = [];
			for (const other of objects) {
				const part = other.properties?.[key] ?? undeclaredConstraint(other);
				if (part === null || part === void 0) continue;
				if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part))) parts.push(part);
			}
			assignProp(properties, key, parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts });
		}
		for (const key of object.required ?? []) required.add(key);
	}
	const folded = {
		type: "object",
		properties
	};
	if (required.size) folded.required = [...required];
	if (objects.every((object) => object.additionalProperties === false)) folded.additionalProperties = false;
	else {
		const constraints = [];
		for (const object of objects) {
			const constraint = undeclaredConstraint(object);
			if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint))) constraints.push(constraint);
		}
		if (constraints.length === 1) folded.additionalProperties = constraints[0];
		else if (constraints.length > 1) folded.additionalProperties = { allOf: constraints };
	}
	return folded;
}
function foldIntersection(json) {
	const allOf = json.allOf;
	if (!Array.isArray(allOf) || allOf.length < 2) return;
	for (const key of FOLDABLE_KEYS) if (key in json) return;
	const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
	let folded = null;
	if (!unions.length) folded = foldObjects(allOf);
	else {
		const union = unions[0];
		const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
		if (Object.keys(union).length !== 1) return;
		const rest = allOf.filter((m) => m !== union);
		const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
		if (branches.some((b) => !b)) return;
		folded = { [keyword]: branches };
	}
	if (!folded) return;
	delete json.allOf;
	assignProps(json, folded);
}
function finalize(ctx, schema) {
	const root = ctx.seen.get(schema);
	if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
	const flattenRef = (zodSchema) => {
		const seen = ctx.seen.get(zodSchema);
		if (seen.ref === null) return;
		const schema = seen.def ?? seen.schema;
		const _cached = { ...schema };
		const ref = seen.ref;
		seen.ref = null;
		if (ref) {
			flattenRef(ref);
			const refSeen = ctx.seen.get(ref);
			const refSchema = refSeen.schema;
			if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
				schema.allOf = schema.allOf ?? [];
				schema.allOf.push(refSchema);
			} else assignProps(schema, refSchema);
			assignProps(schema, _cached);
			if (zodSchema._zod.parent === ref) for (const key in schema) {
				if (key === "$ref" || key === "allOf") continue;
				if (!(key in _cached)) delete schema[key];
			}
			if (refSchema.$ref && refSeen.def) for (const key in schema) {
				if (key === "$ref" || key === "allOf") continue;
				if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) delete schema[key];
			}
		}
		const parent = zodSchema._zod.parent;
		if (parent && parent !== ref) {
			flattenRef(parent);
			const parentSeen = ctx.seen.get(parent);
			if (parentSeen?.schema.$ref) {
				schema.$ref = parentSeen.schema.$ref;
				if (parentSeen.def) for (const key in schema) {
					if (key === "$ref" || key === "allOf") continue;
					if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) delete schema[key];
				}
			}
		}
		ctx.override({
			zodSchema,
			jsonSchema: schema,
			path: seen.path ?? []
		});
	};
	if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
		for (const entry of [...ctx.seen.entries()].reverse()) flattenRef(entry[0]);
		if (ctx.target !== "openapi-3.0") for (const entry of ctx.seen.entries()) compactTypeUnion(entry[1].def ?? entry[1].schema);
		for (const rewrite of ctx.deferred) rewrite();
		if (ctx.intersections.length) {
			const carriers = /* @__PURE__ */ new Map();
			for (const seen of ctx.seen.values()) for (const json of [seen.schema, seen.def]) {
				const allOf = json?.allOf;
				if (!Array.isArray(allOf)) continue;
				const existing = carriers.get(allOf);
				if (existing) existing.push(json);
				else carriers.set(allOf, [json]);
			}
			for (const allOf of ctx.intersections) for (const json of carriers.get(allOf) ?? []) foldIntersection(json);
		}
	}
	const result = {};
	if (ctx.target === "draft-2020-12") result.$schema = "https://json-schema.org/draft/2020-12/schema";
	else if (ctx.target === "draft-07") result.$schema = "http://json-schema.org/draft-07/schema#";
	else if (ctx.target === "draft-04") result.$schema = "http://json-schema.org/draft-04/schema#";
	else if (ctx.target === "openapi-3.0") {}
	if (ctx.external?.uri) {
		const id = ctx.external.registry.get(schema)?.id;
		if (!id) throw new Error("Schema is missing an `id` property");
		result.$id = ctx.external.uri(id);
	}
	assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
	const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
	if (rootMetaId !== void 0 && result.id === rootMetaId) delete result.id;
	const defs = ctx.external?.defs ?? {};
	if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (seen.def && seen.defId) {
			if (seen.def.id === seen.defId) delete seen.def.id;
			assignProp(defs, seen.defId, seen.def);
		}
	}
	if (ctx.external) ctx.sharedEmitDoneFor = ctx.external;
	if (ctx.external) {} else if (Object.keys(defs).length > 0) {
		if (ctx.target === "draft-2020-12") result.$defs = defs;
		else result.definitions = defs;
	}
	try {
		const finalized = JSON.parse(JSON.stringify(result));
		Object.defineProperty(finalized, "~standard", {
			value: {
				...schema["~standard"],
				jsonSchema: {
					input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
					output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
				}
			},
			enumerable: false,
			writable: false
		});
		return finalized;
	} catch (_err) {
		throw new Error("Error converting schema to JSON.");
	}
}
function isTransforming(_schema, _ctx) {
	const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
	if (ctx.seen.has(_schema)) return false;
	ctx.seen.add(_schema);
	const def = _schema._zod.def;
	if (def.type === "transform") return true;
	if (def.type === "array") return isTransforming(def.element, ctx);
	if (def.type === "set") return isTransforming(def.valueType, ctx);
	if (def.type === "lazy") return isTransforming(def.getter(), ctx);
	if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") return isTransforming(def.innerType, ctx);
	if (def.type === "intersection") return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
	if (def.type === "record" || def.type === "map") return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
	if (def.type === "pipe") {
		if (_schema._zod.traits.has("$ZodCodec")) return true;
		return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
	}
	if (def.type === "object") {
		for (const key in def.shape) if (isTransforming(def.shape[key], ctx)) return true;
		return false;
	}
	if (def.type === "union") {
		for (const option of def.options) if (isTransforming(option, ctx)) return true;
		return false;
	}
	if (def.type === "tuple") {
		for (const item of def.items) if (isTransforming(item, ctx)) return true;
		if (def.rest && isTransforming(def.rest, ctx)) return true;
		return false;
	}
	return false;
}
var FOLDABLE_KEYS, UNION_KEYS, createToJSONSchemaMethod, createStandardJSONSchemaMethod;
var init_to_json_schema = __esmMin((() => {
	init_registries();
	init_util();
	FOLDABLE_KEYS = /* @__PURE__ */ new Set([
		"type",
		"properties",
		"required",
		"additionalProperties"
	]);
	UNION_KEYS = ["oneOf", "anyOf"];
	createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
		const ctx = initializeContext({
			...params,
			processors
		});
		processSchema(schema, ctx);
		extractDefs(ctx, schema);
		return finalize(ctx, schema);
	};
	createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
		const { libraryOptions, target } = params ?? {};
		const ctx = initializeContext({
			...libraryOptions ?? {},
			target,
			io,
			processors
		});
		processSchema(schema, ctx);
		extractDefs(ctx, schema);
		return finalize(ctx, schema);
	};
}));
// node_modules/zod/v4/core/json-schema-processors.js
function aggregateChecks(schema) {
	const agg = {};
	const def = schema._zod.def;
	const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
	for (const ch of list) contributors[ch._zod.def.check]?.(agg, ch._zod.def);
	const bag = schema._zod.bag;
	if (bag.minimum !== void 0) narrowMin(agg, "minimum", bag.minimum);
	if (bag.exclusiveMinimum !== void 0) narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
	if (bag.maximum !== void 0) narrowMax(agg, "maximum", bag.maximum);
	if (bag.exclusiveMaximum !== void 0) narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
	if (bag.multipleOf !== void 0) addDivisor(agg, bag.multipleOf);
	if (bag.format !== void 0) {
		agg.format ?? (agg.format = bag.format);
		if (bag.format.includes("int")) agg.isInt = true;
	}
	if (bag.mime) intersectMime(agg, bag.mime);
	for (const pattern of bag.patterns ?? []) addPattern(agg, pattern);
	return agg;
}
function inputOptin(schema) {
	const def = schema._zod.def;
	if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) return inputOptin(def.out);
	if (def.type === "catch") return inputOptin(def.innerType);
	return schema._zod.optin;
}
function stringifyKeyNames(bySchema, json, visited) {
	if (json.$ref) {
		if (visited.has(json)) return json;
		visited.add(json);
		const def = bySchema.get(json)?.def;
		if (!def) return json;
		const inlined = stringifyKeyNames(bySchema, def, visited);
		return inlined === def ? json : inlined;
	}
	for (const keyword of ["anyOf", "oneOf"]) {
		const branches = json[keyword];
		if (!Array.isArray(branches)) continue;
		const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
		if (mapped.some((branch, i) => branch !== branches[i])) json = {
			...json,
			[keyword]: mapped
		};
	}
	const types = Array.isArray(json.type) ? json.type : [json.type];
	const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
	const values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
	if (!numericType && !values?.some((v) => typeof v === "number")) return json;
	const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
	if (rest.enum) rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
	else if (typeof rest.const === "number") rest.const = String(rest.const);
	if (!numericType) return rest;
	rest.type = "string";
	if (!values) rest.pattern = (types.includes("number") ? number : integer).source;
	return rest;
}
function rewriteKeyNames(ctx) {
	const bySchema = /* @__PURE__ */ new Map();
	for (const entry of ctx.seen.values()) if (entry.def && !bySchema.has(entry.schema)) bySchema.set(entry.schema, entry);
	const rewrites = /* @__PURE__ */ new Map();
	for (const record of pendingRecords.get(ctx) ?? []) {
		const seen = ctx.seen.get(record);
		const names = (seen?.def ?? seen?.schema)?.propertyNames;
		if (!names || names === true || rewrites.has(names)) continue;
		const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
		if (rewritten !== names) rewrites.set(names, rewritten);
	}
	if (!rewrites.size) return;
	for (const entry of ctx.seen.values()) for (const carrier of [entry.schema, entry.def]) {
		const rewritten = carrier && rewrites.get(carrier.propertyNames);
		if (rewritten) carrier.propertyNames = rewritten;
	}
}
function serializeDefaultValue(value, schema, ctx, json, params) {
	let unrepresentable = false;
	const serialized = JSON.stringify(value, (_, val) => {
		if (typeof val !== "bigint") return val;
		unrepresentable = true;
		return null;
	});
	if (!unrepresentable) return JSON.parse(serialized);
	handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
	return UNREPRESENTABLE_DEFAULT;
}
var narrowMin, narrowMax, narrowBoth, addDivisor, addPattern, intersectMime, setFormat, minContributor, maxContributor, formatContributor, contributors, formatMap, exactPatterns, exactPattern, stringProcessor, neverProcessor, unknownProcessor, enumProcessor, customProcessor, transformProcessor, arrayProcessor, objectProcessor, unionProcessor, intersectionProcessor, pendingRecords, recordProcessor, nullableProcessor, nonoptionalProcessor, UNREPRESENTABLE_DEFAULT, defaultProcessor, prefaultProcessor, catchProcessor, pipeProcessor, readonlyProcessor, optionalProcessor;
var init_json_schema_processors = __esmMin((() => {
	init_regexes();
	init_schemas$1();
	init_to_json_schema();
	init_util();
	narrowMin = (agg, key, value) => {
		if (agg[key] === void 0 || value > agg[key]) agg[key] = value;
	};
	narrowMax = (agg, key, value) => {
		if (agg[key] === void 0 || value < agg[key]) agg[key] = value;
	};
	narrowBoth = (agg, value) => {
		narrowMin(agg, "minimum", value);
		narrowMax(agg, "maximum", value);
	};
	addDivisor = (agg, value) => {
		agg.multipleOf ?? (agg.multipleOf = []);
		if (!agg.multipleOf.includes(value)) agg.multipleOf.push(value);
	};
	addPattern = (agg, pattern) => {
		agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
		agg.patterns.add(pattern);
	};
	intersectMime = (agg, mime) => {
		agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
	};
	setFormat = (agg, format) => {
		agg.format = format;
		if (format.includes("int")) agg.isInt = true;
	};
	minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
	maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
	formatContributor = (ranges) => (agg, def) => {
		setFormat(agg, def.format);
		const [minimum, maximum] = ranges[def.format];
		narrowMin(agg, "minimum", minimum);
		narrowMax(agg, "maximum", maximum);
	};
	contributors = {
		greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
		less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
		multiple_of: (agg, def) => addDivisor(agg, def.value),
		number_format: formatContributor(NUMBER_FORMAT_RANGES),
		bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
		min_length: minContributor,
		max_length: maxContributor,
		length_equals: (agg, def) => narrowBoth(agg, def.length),
		min_size: minContributor,
		max_size: maxContributor,
		size_equals: (agg, def) => narrowBoth(agg, def.size),
		string_format: (agg, def) => {
			setFormat(agg, def.format);
			if (def.pattern) addPattern(agg, def.pattern);
			if (def.format === "base64" || def.format === "base64url") agg.contentEncoding = def.format;
			if (def.local || def.precision === -1) agg.laxFormat = true;
		},
		mime_type: (agg, def) => intersectMime(agg, def.mime)
	};
	formatMap = {
		guid: "uuid",
		url: "uri",
		datetime: "date-time",
		json_string: "json-string",
		regex: ""
	};
	exactPatterns = /* @__PURE__ */ new Map([[base64Charset, base64], [base64urlCharset, base64url]]);
	exactPattern = (p) => exactPatterns.get(p) ?? p;
	stringProcessor = (schema, ctx, _json, _params) => {
		const json = _json;
		json.type = "string";
		const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
		if (typeof minimum === "number") json.minLength = minimum;
		if (typeof maximum === "number") json.maxLength = maximum;
		if (format) {
			json.format = formatMap[format] ?? format;
			if (json.format === "") delete json.format;
			if (format === "time" || laxFormat) delete json.format;
		}
		if (contentEncoding) json.contentEncoding = contentEncoding;
		if (patterns && patterns.size > 0) {
			const patternList = [...patterns].map(exactPattern);
			if (patternList.length === 1) json.pattern = patternList[0].source;
			else if (patternList.length > 1) json.allOf = [...patternList.map((regex) => ({
				...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
				pattern: regex.source
			}))];
		}
	};
	neverProcessor = (_schema, _ctx, json, _params) => {
		json.not = {};
	};
	unknownProcessor = (_schema, _ctx, _json, _params) => {};
	enumProcessor = (schema, _ctx, json, _params) => {
		const def = schema._zod.def;
		const values = getEnumValues(def.entries);
		if (values.length === 0) {
			json.not = {};
			return;
		}
		if (values.every((v) => typeof v === "number")) json.type = "number";
		if (values.every((v) => typeof v === "string")) json.type = "string";
		json.enum = values;
	};
	customProcessor = (schema, ctx, json, params) => {
		handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
	};
	transformProcessor = (schema, ctx, json, params) => {
		handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
	};
	arrayProcessor = (schema, ctx, _json, params) => {
		const json = _json;
		const def = schema._zod.def;
		const { minimum, maximum } = aggregateChecks(schema);
		if (typeof minimum === "number") json.minItems = minimum;
		if (typeof maximum === "number") json.maxItems = maximum;
		json.type = "array";
		json.items = processSchema(def.element, ctx, {
			...params,
			path: [...params.path, "items"]
		});
	};
	objectProcessor = (schema, ctx, _json, params) => {
		const json = _json;
		const def = schema._zod.def;
		const shape = def.shape;
		if (Object.getOwnPropertySymbols(shape).length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) return;
		json.type = "object";
		json.properties = {};
		for (const key in shape) assignProp(json.properties, key, processSchema(shape[key], ctx, {
			...params,
			path: [
				...params.path,
				"properties",
				key
			]
		}));
		const requiredKeys = [];
		for (const key of Object.keys(shape)) {
			const field = def.shape[key];
			if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) requiredKeys.push(key);
		}
		if (requiredKeys.length > 0) json.required = requiredKeys;
		if (def.catchall?._zod.def.type === "never") json.additionalProperties = false;
		else if (!def.catchall) {
			if (ctx.io === "output") json.additionalProperties = false;
		} else if (def.catchall) json.additionalProperties = processSchema(def.catchall, ctx, {
			...params,
			path: [...params.path, "additionalProperties"]
		});
	};
	unionProcessor = (schema, ctx, json, params) => {
		const def = schema._zod.def;
		const isExclusive = def.inclusive === false;
		const options = def.options.map((x, i) => processSchema(x, ctx, {
			...params,
			path: [
				...params.path,
				isExclusive ? "oneOf" : "anyOf",
				i
			]
		}));
		if (isExclusive) json.oneOf = options;
		else json.anyOf = options;
	};
	intersectionProcessor = (schema, ctx, json, params) => {
		const def = schema._zod.def;
		const a = processSchema(def.left, ctx, {
			...params,
			path: [
				...params.path,
				"allOf",
				0
			]
		});
		const b = processSchema(def.right, ctx, {
			...params,
			path: [
				...params.path,
				"allOf",
				1
			]
		});
		const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
		const allOf = [...isSimpleIntersection(a) ? a.allOf : [a], ...isSimpleIntersection(b) ? b.allOf : [b]];
		json.allOf = allOf;
		ctx.intersections.push(allOf);
	};
	pendingRecords = /* @__PURE__ */ new WeakMap();
	recordProcessor = (schema, ctx, _json, params) => {
		const json = _json;
		const def = schema._zod.def;
		json.type = "object";
		const keyType = def.keyType;
		const patterns = aggregateChecks(keyType).patterns;
		if (def.mode === "loose" && patterns && patterns.size > 0) {
			const valueSchema = processSchema(def.valueType, ctx, {
				...params,
				path: [
					...params.path,
					"patternProperties",
					"*"
				]
			});
			json.patternProperties = {};
			for (const pattern of patterns) assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
		} else {
			if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
				json.propertyNames = processSchema(def.keyType, ctx, {
					...params,
					path: [...params.path, "propertyNames"]
				});
				let pending = pendingRecords.get(ctx);
				if (!pending) {
					pending = [];
					pendingRecords.set(ctx, pending);
					ctx.deferred.push(() => rewriteKeyNames(ctx));
				}
				pending.push(schema);
			}
			json.additionalProperties = processSchema(def.valueType, ctx, {
				...params,
				path: [...params.path, "additionalProperties"]
			});
		}
		const keyValues = keyType._zod.values;
		const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
		if (keyValues && !def.partial && !omittableOnInput) {
			const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
			if (validKeyValues.length > 0) json.required = validKeyValues.map(String);
		}
	};
	nullableProcessor = (schema, ctx, json, params) => {
		const def = schema._zod.def;
		const inner = processSchema(def.innerType, ctx, params);
		const seen = ctx.seen.get(schema);
		if (ctx.target === "openapi-3.0") {
			seen.ref = def.innerType;
			json.nullable = true;
		} else json.anyOf = [inner, { type: "null" }];
	};
	nonoptionalProcessor = (schema, ctx, _json, params) => {
		const def = schema._zod.def;
		processSchema(def.innerType, ctx, params);
		const seen = ctx.seen.get(schema);
		seen.ref = def.innerType;
	};
	UNREPRESENTABLE_DEFAULT = Symbol();
	defaultProcessor = (schema, ctx, json, params) => {
		const def = schema._zod.def;
		processSchema(def.innerType, ctx, params);
		const seen = ctx.seen.get(schema);
		seen.ref = def.innerType;
		const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
		if (value !== UNREPRESENTABLE_DEFAULT) json.default = value;
	};
	prefaultProcessor = (schema, ctx, json, params) => {
		const def = schema._zod.def;
		processSchema(def.innerType, ctx, params);
		const seen = ctx.seen.get(schema);
		seen.ref = def.innerType;
		if (ctx.io !== "input") return;
		const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
		if (value !== UNREPRESENTABLE_DEFAULT) json._prefault = value;
	};
	catchProcessor = (schema, ctx, json, params) => {
		const def = schema._zod.def;
		processSchema(def.innerType, ctx, params);
		const seen = ctx.seen.get(schema);
		seen.ref = def.innerType;
		let catchValue;
		try {
			catchValue = def.catchValue(void 0);
		} catch {
			handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
			return;
		}
		json.default = catchValue;
	};
	pipeProcessor = (schema, ctx, _json, params) => {
		const def = schema._zod.def;
		const inIsTransform = def.in._zod.traits.has("$ZodTransform");
		const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
		processSchema(innerType, ctx, params);
		const seen = ctx.seen.get(schema);
		seen.ref = innerType;
	};
	readonlyProcessor = (schema, ctx, json, params) => {
		const def = schema._zod.def;
		processSchema(def.innerType, ctx, params);
		const seen = ctx.seen.get(schema);
		seen.ref = def.innerType;
		json.readOnly = true;
	};
	optionalProcessor = (schema, ctx, _json, params) => {
		const def = schema._zod.def;
		processSchema(def.innerType, ctx, params);
		const seen = ctx.seen.get(schema);
		seen.ref = def.innerType;
	};
}));
// node_modules/zod/v4/core/index.js
var init_core = __esmMin((() => {
	init_core$1();
	init_parse$1();
	init_errors$1();
	init_schemas$1();
	init_memoizer();
	init_checks$1();
	init_versions();
	init_util();
	init_regexes();
	init_en();
	init_registries();
	init_doc();
	init_compile();
	init_api();
	init_to_json_schema();
	init_json_schema_processors();
	init_to_json_schema();
}));
// node_modules/zod/v4/classic/checks.js
var init_checks = __esmMin((() => {
	init_core();
}));
// node_modules/zod/v4/classic/errors.js
function _lazyMethod(proto, key, make) {
	Object.defineProperty(proto, key, {
		configurable: true,
		enumerable: false,
		get() {
			const value = make(this);
			Object.defineProperty(this, key, {
				value,
				configurable: true,
				writable: true
			});
			return value;
		},
		set(value) {
			Object.defineProperty(this, key, {
				value,
				configurable: true,
				writable: true
			});
		}
	});
}
var _installedErrorProtos, initializer, ZodRealError;
var init_errors = __esmMin((() => {
	init_core();
	init_util();
	_installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
	initializer = (inst, issues) => {
		$ZodError.init(inst, issues);
		inst.name = "ZodError";
		const proto = Object.getPrototypeOf(inst);
		if (_installedErrorProtos.has(proto)) return;
		_installedErrorProtos.add(proto);
		_lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
		_lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
		_lazyMethod(proto, "addIssue", (self) => (issue) => {
			self.issues.push(issue);
			self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
		});
		_lazyMethod(proto, "addIssues", (self) => (issues) => {
			self.issues.push(...issues);
			self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
		});
		Object.defineProperty(proto, "isEmpty", {
			configurable: true,
			enumerable: false,
			get() {
				return this.issues.length === 0;
			}
		});
	};
	ZodRealError = /*@__PURE__*/ $constructor("ZodError", initializer, void 0, { Parent: Error });
}));
// node_modules/zod/v4/classic/parse.js
var parse$1, parseAsync, safeParse, safeParseAsync, encode, decode, encodeAsync, decodeAsync, safeEncode, safeDecode, safeEncodeAsync, safeDecodeAsync;
var init_parse = __esmMin((() => {
	init_core();
	init_errors();
	parse$1 = /* @__PURE__ */ _parse(ZodRealError);
	parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
	safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
	safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
	encode = /* @__PURE__ */ _encode(ZodRealError);
	decode = /* @__PURE__ */ _decode(ZodRealError);
	encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
	decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
	safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
	safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
	safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
	safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);
}));
// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
	if (!globalConfig.localeError) config(en_default());
}
function _ensureDefaultMemoizer() {
	if (!globalConfig.memoizer) config({ memoizer: memoizer() });
}
function string(params) {
	return /* @__PURE__ */ _string(ZodString, params);
}
function unknown() {
	return /* @__PURE__ */ _unknown(ZodUnknown);
}
function never(params) {
	return /* @__PURE__ */ _never(ZodNever, params);
}
function array(element, params) {
	return /* @__PURE__ */ _array(ZodArray, element, params);
}
function strictObject(shape, params) {
	return new ZodObject({
		type: "object",
		shape,
		catchall: never(),
		...normalizeParams(params)
	});
}
function union(options, params) {
	return new ZodUnion({
		type: "union",
		options,
		...normalizeParams(params)
	});
}
function intersection(left, right) {
	return new ZodIntersection({
		type: "intersection",
		left,
		right
	});
}
function record(keyType, valueType, params) {
	if (!valueType || !valueType._zod) return new ZodRecord({
		type: "record",
		keyType: string(),
		valueType: keyType,
		...normalizeParams(valueType)
	});
	return new ZodRecord({
		type: "record",
		keyType,
		valueType,
		...normalizeParams(params)
	});
}
function _enum(values, params) {
	const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
	return new ZodEnum({
		type: "enum",
		entries,
		...normalizeParams(params)
	});
}
function transform(fn) {
	return new ZodTransform({
		type: "transform",
		transform: fn
	});
}
function optional(innerType) {
	return new ZodOptional({
		type: "optional",
		innerType
	});
}
function exactOptional(innerType) {
	return new ZodExactOptional({
		type: "optional",
		innerType
	});
}
function nullable(innerType) {
	return new ZodNullable({
		type: "nullable",
		innerType
	});
}
function _default(innerType, defaultValue) {
	return new ZodDefault({
		type: "default",
		innerType,
		get defaultValue() {
			return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
		}
	});
}
function prefault(innerType, defaultValue) {
	return new ZodPrefault({
		type: "prefault",
		innerType,
		get defaultValue() {
			return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
		}
	});
}
function nonoptional(innerType, params) {
	return new ZodNonOptional({
		type: "nonoptional",
		innerType,
		...normalizeParams(params)
	});
}
function _catch(innerType, catchValue) {
	return new ZodCatch({
		type: "catch",
		innerType,
		catchValue: typeof catchValue === "function" ? catchValue : constantCatch(catchValue)
	});
}
function pipe(in_, out) {
	return new ZodPipe({
		type: "pipe",
		in: in_,
		out
	});
}
function readonly(innerType) {
	return new ZodReadonly({
		type: "readonly",
		innerType
	});
}
function refine(fn, _params = {}) {
	return /* @__PURE__ */ _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
	return /* @__PURE__ */ _superRefine(fn, params);
}
var ZodType, _ZodString, ZodString, ZodStringFormat, ZodISODateTime, ZodISODate, ZodISOTime, ZodISODuration, ZodEmail, ZodGUID, ZodUUID, ZodURL, ZodEmoji, ZodNanoID, ZodCUID, ZodCUID2, ZodULID, ZodXID, ZodKSUID, ZodIPv4, ZodIPv6, ZodCIDRv4, ZodCIDRv6, ZodBase64, ZodBase64URL, ZodE164, ZodJWT, ZodUnknown, ZodNever, ZodArray, ZodObject, ZodUnion, ZodIntersection, ZodRecord, ZodEnum, ZodTransform, ZodOptional, ZodExactOptional, ZodNullable, ZodDefault, ZodPrefault, ZodNonOptional, ZodCatch, ZodPipe, ZodReadonly, ZodCustom;
var init_schemas = __esmMin((() => {
	init_core();
	init_json_schema_processors();
	init_to_json_schema();
	init_en();
	init_checks();
	init_parse();
	ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
		_ensureDefaultLocale();
		$ZodType.init(inst, def);
		inst.def = def;
		inst.type = def.type;
		return inst;
	}, {
		check(...chks) {
			const def = this.def;
			return this.clone(mergeDefs(def, { checks: [...def.checks ?? [], ...chks.map((ch) => typeof ch === "function" ? { _zod: {
				check: ch,
				def: { check: "custom" },
				onattach: []
			} } : ch)] }), { parent: true });
		},
		with(...chks) {
			return this.check(...chks);
		},
		clone(def, params) {
			return clone(this, def, params);
		},
		brand() {
			return this;
		},
		register(reg, meta) {
			reg.add(this, meta);
			return this;
		},
		refine(check, params) {
			return this.check(refine(check, params));
		},
		superRefine(refinement, params) {
			return this.check(superRefine(refinement, params));
		},
		overwrite(fn) {
			return this.check(/* @__PURE__ */ _overwrite(fn));
		},
		optional() {
			return optional(this);
		},
		exactOptional() {
			return exactOptional(this);
		},
		nullable() {
			return nullable(this);
		},
		nullish() {
			return optional(nullable(this));
		},
		nonoptional(params) {
			return nonoptional(this, params);
		},
		array() {
			return array(this);
		},
		or(arg) {
			return union([this, arg]);
		},
		and(arg) {
			return intersection(this, arg);
		},
		transform(tx) {
			return pipe(this, transform(tx));
		},
		default(d) {
			return _default(this, d);
		},
		prefault(d) {
			return prefault(this, d);
		},
		catch(params) {
			return _catch(this, params);
		},
		pipe(target) {
			return pipe(this, target);
		},
		readonly() {
			return readonly(this);
		},
		describe(description) {
			const cl = this.clone();
			globalRegistry.add(cl, { description });
			return cl;
		},
		meta(...args) {
			if (args.length === 0) return globalRegistry.get(this);
			const cl = this.clone();
			globalRegistry.add(cl, args[0]);
			return cl;
		},
		isOptional() {
			return this.safeParse(void 0).success;
		},
		isNullable() {
			return this.safeParse(null).success;
		},
		apply(fn, ...args) {
			return args.length === 0 ? fn(this) : fn(this, ...args);
		},
		get "~standard"() {
			return hide(this, "~standard", {
				...standardProps(this),
				jsonSchema: {
					input: createStandardJSONSchemaMethod(this, "input"),
					output: createStandardJSONSchemaMethod(this, "output")
				}
			});
		},
		set "~standard"(value) {
			own(this, "~standard", value);
		},
		parse: function _parse(data, params) {
			return parse$1(this, data, params, { callee: _parse });
		},
		parseAsync: async function _parseAsync(data, params) {
			return await parseAsync(this, data, params, { callee: _parseAsync });
		},
		safeParse(data, params) {
			return safeParse(this, data, params);
		},
		async safeParseAsync(data, params) {
			return safeParseAsync(this, data, params);
		},
		get spa() {
			return this?.safeParseAsync;
		},
		set spa(value) {
			own(this, "spa", value);
		},
		validate(data, params) {
			return validate(this, data, params);
		},
		validateAsync(data, params) {
			return validateAsync$1(this, data, params);
		},
		encode: function _encode(data, params) {
			return encode(this, data, params, { callee: _encode });
		},
		decode: function _decode(data, params) {
			return decode(this, data, params, { callee: _decode });
		},
		encodeAsync: async function _encodeAsync(data, params) {
			return await encodeAsync(this, data, params, { callee: _encodeAsync });
		},
		decodeAsync: async function _decodeAsync(data, params) {
			return await decodeAsync(this, data, params, { callee: _decodeAsync });
		},
		safeEncode(data, params) {
			return safeEncode(this, data, params);
		},
		safeDecode(data, params) {
			return safeDecode(this, data, params);
		},
		async safeEncodeAsync(data, params) {
			return safeEncodeAsync(this, data, params);
		},
		async safeDecodeAsync(data, params) {
			return safeDecodeAsync(this, data, params);
		},
		toJSONSchema(params) {
			return createToJSONSchemaMethod(this, {})(params);
		},
		get description() {
			return globalRegistry.get(this)?.description;
		},
		get _def() {
			return this._zod.def;
		}
	});
	_ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
		$ZodString.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
	}, /*@__PURE__*/ derived({
		format: (inst) => aggregateChecks(inst).format ?? null,
		minLength: (inst) => aggregateChecks(inst).minimum ?? null,
		maxLength: (inst) => aggregateChecks(inst).maximum ?? null
	}, {
		regex(...args) {
			return this.check(/* @__PURE__ */ _regex(...args));
		},
		includes(...args) {
			return this.check(/* @__PURE__ */ _includes(...args));
		},
		startsWith(...args) {
			return this.check(/* @__PURE__ */ _startsWith(...args));
		},
		endsWith(...args) {
			return this.check(/* @__PURE__ */ _endsWith(...args));
		},
		min(...args) {
			return this.check(/* @__PURE__ */ _minLength(...args));
		},
		max(...args) {
			return this.check(/* @__PURE__ */ _maxLength(...args));
		},
		length(...args) {
			return this.check(/* @__PURE__ */ _length(...args));
		},
		nonempty(...args) {
			return this.check(/* @__PURE__ */ _minLength(1, ...args));
		},
		lowercase(params) {
			return this.check(/* @__PURE__ */ _lowercase(params));
		},
		uppercase(params) {
			return this.check(/* @__PURE__ */ _uppercase(params));
		},
		trim() {
			return this.check(/* @__PURE__ */ _trim());
		},
		normalize(...args) {
			return this.check(/* @__PURE__ */ _normalize(...args));
		},
		toLowerCase() {
			return this.check(/* @__PURE__ */ _toLowerCase());
		},
		toUpperCase() {
			return this.check(/* @__PURE__ */ _toUpperCase());
		},
		slugify() {
			return this.check(/* @__PURE__ */ _slugify());
		}
	}));
	ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
		$ZodString.init(inst, def);
		_ZodString.init(inst, def);
	}, {
		email(params) {
			return this.check(/* @__PURE__ */ _email(ZodEmail, params));
		},
		url(params) {
			return this.check(/* @__PURE__ */ _url(ZodURL, params));
		},
		jwt(params) {
			return this.check(/* @__PURE__ */ _jwt(ZodJWT, params));
		},
		emoji(params) {
			return this.check(/* @__PURE__ */ _emoji(ZodEmoji, params));
		},
		guid(params) {
			return this.check(/* @__PURE__ */ _guid(ZodGUID, params));
		},
		uuid(params) {
			return this.check(/* @__PURE__ */ _uuid(ZodUUID, params));
		},
		uuidv4(params) {
			return this.check(/* @__PURE__ */ _uuidv4(ZodUUID, params));
		},
		uuidv6(params) {
			return this.check(/* @__PURE__ */ _uuidv6(ZodUUID, params));
		},
		uuidv7(params) {
			return this.check(/* @__PURE__ */ _uuidv7(ZodUUID, params));
		},
		nanoid(params) {
			return this.check(/* @__PURE__ */ _nanoid(ZodNanoID, params));
		},
		cuid(params) {
			return this.check(/* @__PURE__ */ _cuid(ZodCUID, params));
		},
		cuid2(params) {
			return this.check(/* @__PURE__ */ _cuid2(ZodCUID2, params));
		},
		ulid(params) {
			return this.check(/* @__PURE__ */ _ulid(ZodULID, params));
		},
		base64(params) {
			return this.check(/* @__PURE__ */ _base64(ZodBase64, params));
		},
		base64url(params) {
			return this.check(/* @__PURE__ */ _base64url(ZodBase64URL, params));
		},
		xid(params) {
			return this.check(/* @__PURE__ */ _xid(ZodXID, params));
		},
		ksuid(params) {
			return this.check(/* @__PURE__ */ _ksuid(ZodKSUID, params));
		},
		ipv4(params) {
			return this.check(/* @__PURE__ */ _ipv4(ZodIPv4, params));
		},
		ipv6(params) {
			return this.check(/* @__PURE__ */ _ipv6(ZodIPv6, params));
		},
		cidrv4(params) {
			return this.check(/* @__PURE__ */ _cidrv4(ZodCIDRv4, params));
		},
		cidrv6(params) {
			return this.check(/* @__PURE__ */ _cidrv6(ZodCIDRv6, params));
		},
		e164(params) {
			return this.check(/* @__PURE__ */ _e164(ZodE164, params));
		},
		datetime(params) {
			return this.check(/* @__PURE__ */ _isoDateTime(ZodISODateTime, params));
		},
		date(params) {
			return this.check(/* @__PURE__ */ _isoDate(ZodISODate, params));
		},
		time(params) {
			return this.check(/* @__PURE__ */ _isoTime(ZodISOTime, params));
		},
		duration(params) {
			return this.check(/* @__PURE__ */ _isoDuration(ZodISODuration, params));
		}
	});
	ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
		$ZodStringFormat.init(inst, def);
		_ZodString.init(inst, def);
	});
	ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
		$ZodISODateTime.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
		$ZodISODate.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
		$ZodISOTime.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
		$ZodISODuration.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
		$ZodEmail.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
		$ZodGUID.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
		$ZodUUID.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
		$ZodURL.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
		$ZodEmoji.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
		$ZodNanoID.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
		$ZodCUID.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
		$ZodCUID2.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
		$ZodULID.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
		$ZodXID.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
		$ZodKSUID.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
		$ZodIPv4.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
		$ZodIPv6.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
		$ZodCIDRv4.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
		$ZodCIDRv6.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
		$ZodBase64.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
		$ZodBase64URL.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
		$ZodE164.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
		$ZodJWT.init(inst, def);
		ZodStringFormat.init(inst, def);
	});
	ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
		$ZodUnknown.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
	});
	ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
		$ZodNever.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
	});
	ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
		_ensureDefaultMemoizer();
		$ZodArray.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
		inst.element = def.element;
	}, {
		min(n, params) {
			return this.check(/* @__PURE__ */ _minLength(n, params));
		},
		nonempty(params) {
			return this.check(/* @__PURE__ */ _minLength(1, params));
		},
		max(n, params) {
			return this.check(/* @__PURE__ */ _maxLength(n, params));
		},
		length(n, params) {
			return this.check(/* @__PURE__ */ _length(n, params));
		},
		unwrap() {
			return this.element;
		}
	});
	ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
		_ensureDefaultMemoizer();
		$ZodObjectJIT.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
		installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
	}, {
		keyof() {
			return _enum(Object.keys(this._zod.def.shape));
		},
		catchall(catchall) {
			return this.clone(mergeDefs(this._zod.def, { catchall }));
		},
		passthrough() {
			return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
		},
		loose() {
			return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
		},
		strict() {
			return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
		},
		strip() {
			return this.clone(mergeDefs(this._zod.def, { catchall: void 0 }));
		},
		extend(incoming) {
			return extend(this, incoming);
		},
		safeExtend(incoming) {
			return safeExtend(this, incoming);
		},
		merge(other) {
			return merge(this, other);
		},
		pick(mask) {
			return pick(this, mask);
		},
		omit(mask) {
			return omit(this, mask);
		},
		partial(...args) {
			return partial(ZodOptional, this, args[0]);
		},
		exactPartial(...args) {
			return partial(ZodExactOptional, this, args[0], "exactPartial");
		},
		required(...args) {
			return required(ZodNonOptional, this, args[0]);
		}
	});
	ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
		$ZodUnion.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
		inst.options = def.options;
	});
	ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
		$ZodIntersection.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
	});
	ZodRecord = /*@__PURE__*/ $constructor("ZodRecord", (inst, def) => {
		_ensureDefaultMemoizer();
		$ZodRecord.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
		inst.keyType = def.keyType;
		inst.valueType = def.valueType;
	});
	ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
		$ZodEnum.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
		inst.enum = def.entries;
		inst.options = [...inst._zod.values];
		const keys = new Set(Object.keys(def.entries));
		inst.extract = (values, params) => {
			const newEntries = {};
			for (const value of values) if (keys.has(value)) newEntries[value] = def.entries[value];
			else throw new Error(`Key ${value} not found in enum`);
			return new ZodEnum({
				...def,
				checks: [],
				...normalizeParams(params),
				entries: newEntries
			});
		};
		inst.exclude = (values, params) => {
			const newEntries = { ...def.entries };
			for (const value of values) if (keys.has(value)) delete newEntries[value];
			else throw new Error(`Key ${value} not found in enum`);
			return new ZodEnum({
				...def,
				checks: [],
				...normalizeParams(params),
				entries: newEntries
			});
		};
	});
	ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
		_ensureDefaultMemoizer();
		$ZodTransform.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
		inst._zod.parse = (payload, _ctx) => {
			if (_ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
			payload.addIssue = (issue$1) => {
				if (typeof issue$1 === "string") payload.issues.push(issue(issue$1, payload.value, def));
				else {
					const _issue = issue$1;
					if (_issue.fatal) _issue.continue = false;
					_issue.code ?? (_issue.code = "custom");
					if (!("input" in _issue)) _issue.input = payload.value;
					_issue.inst ?? (_issue.inst = inst);
					payload.issues.push(issue(_issue));
				}
			};
			const output = def.transform(payload.value, payload);
			if (output instanceof Promise) return output.then((output) => {
				payload.value = output;
				return payload;
			});
			payload.value = output;
			return payload;
		};
	});
	ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
		$ZodOptional.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
		inst.unwrap = () => inst._zod.def.innerType;
	});
	ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
		$ZodExactOptional.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
		inst.unwrap = () => inst._zod.def.innerType;
	});
	ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
		$ZodNullable.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
		inst.unwrap = () => inst._zod.def.innerType;
	});
	ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
		$ZodDefault.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
		inst.unwrap = () => inst._zod.def.innerType;
		inst.removeDefault = inst.unwrap;
	});
	ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
		$ZodPrefault.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
		inst.unwrap = () => inst._zod.def.innerType;
	});
	ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
		$ZodNonOptional.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
		inst.unwrap = () => inst._zod.def.innerType;
	});
	ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
		$ZodCatch.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
		inst.unwrap = () => inst._zod.def.innerType;
		inst.removeCatch = inst.unwrap;
	});
	ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
		$ZodPipe.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
		inst.in = def.in;
		inst.out = def.out;
	});
	ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
		$ZodReadonly.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
		inst.unwrap = () => inst._zod.def.innerType;
	});
	ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
		$ZodCustom.init(inst, def);
		ZodType.init(inst, def);
		inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
	});
}));
// node_modules/zod/v4/classic/compat.js
var init_compat = __esmMin((() => {
	init_core();
}));
// node_modules/zod/v4/classic/external.js
var init_external = __esmMin((() => {
	init_core();
	init_schemas();
	init_checks();
	init_errors();
	init_parse();
	init_compat();
	init_json_schema_processors();
	init_registries();
	init_util();
	init_checks();
	init_schemas();
	init_schemas$1();
	init_en();
}));
// node_modules/zod/index.js
var init_zod = __esmMin((() => {
	init_external();
	init_external();
}));
// dist/reporting/reporter.js
function* mapIterable(items, change) {
	for (const item of items) yield change(item);
}
var joined$1;
var init_reporter = __esmMin((() => {
	joined$1 = (chunks) => (results, context) => [...chunks(results, context)].join("");
}));
// dist/reporting/results.js
function summarize(results) {
	const summary = {
		files: results.length,
		filesWithProblems: 0,
		errors: 0,
		warnings: 0,
		infos: 0,
		fixable: 0,
		unsafeFixable: 0,
		repaired: 0,
		wouldRepair: 0,
		unreadable: 0
	};
	for (const result of results) {
		if (isUnreadable(result)) {
			summary.unreadable += 1;
			continue;
		}
		if (result.diagnostics.length > 0) summary.filesWithProblems += 1;
		let repairs = 0;
		for (const repair of result.repairs ?? []) repairs += spanOf(repair);
		if (result.dryRun) summary.wouldRepair += repairs;
		else summary.repaired += repairs;
		for (const diagnostic of result.diagnostics) {
			const count = spanOf(diagnostic);
			if (diagnostic.severity === "error") summary.errors += count;
			else if (diagnostic.severity === "warning") summary.warnings += count;
			else summary.infos += count;
			if (diagnostic.fixable) summary.fixable += count;
			if (diagnostic.fixable && diagnostic.applicability === "unsafe") summary.unsafeFixable += count;
		}
	}
	return summary;
}
function ruleStatistics(results) {
	const byRule = /* @__PURE__ */ new Map();
	for (const result of results) {
		if (isUnreadable(result)) continue;
		for (const diagnostic of result.diagnostics) {
			const { rule, code, fixable, applicability } = diagnostic;
			const count = spanOf(diagnostic);
			let entry = byRule.get(rule);
			if (!entry) byRule.set(rule, entry = {
				rule,
				code,
				count: 0,
				fixable: 0,
				unsafeFixable: 0
			});
			entry.count += count;
			if (fixable && applicability === "unsafe") entry.unsafeFixable += count;
			else if (fixable) entry.fixable += count;
		}
	}
	return [...byRule.values()].sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
}
var isUnreadable;
var init_results = __esmMin((() => {
	init_diagnostic();
	isUnreadable = (result) => "error" in result;
})), compactChunks;
var init_compact = __esmMin((() => {
	init_diagnostic();
	init_reporter();
	init_results();
	compactChunks = function* (results, { chalk }) {
		for (const result of results) {
			const path = printable(result.path);
			if (isUnreadable(result)) {
				yield `${path}: ${chalk.red("error")} ${printable(result.error)}\n`;
				continue;
			}
			for (const repair of result.repairs ?? []) yield `${path}:${repair.line}:1: ${chalk.green(result.dryRun ? "would-fix" : "fixed")} ${repair.rule} ${repair.action}\n`;
			for (const { line, severity, rule, message } of expandRuns(result.diagnostics)) yield `${path}:${line}:1: ${(severity === "error" ? chalk.red : severity === "warning" ? chalk.yellow : chalk.blue)(severity)} ${rule} ${message}\n`;
		}
	};
	joined$1(compactChunks);
}));
// dist/reporting/summary-text.js
function summarySentences(command, summary, results) {
	const { files, errors, warnings, infos, fixable, unsafeFixable, repaired, wouldRepair, unreadable, filesWithProblems } = summary;
	const out = [];
	const problems = errors + warnings + infos;
	if (command === "fix" && repaired > 0) out.push({
		tone: "ok",
		text: `\u2714 Repaired ${plural(repaired, "problem")}.`
	});
	if (command === "fix" && wouldRepair > 0) out.push({
		tone: "ok",
		text: `Would repair ${plural(wouldRepair, "problem")} (nothing was written).`
	});
	if (problems === 0 && unreadable === 0) {
		if (command === "check" || repaired + wouldRepair === 0) out.push({
			tone: "ok",
			text: `\u2714 ${plural(files, "file")} checked, no problems.`
		});
	} else if (problems > 0) {
		const counts = [
			plural(errors, "error"),
			plural(warnings, "warning"),
			...infos > 0 ? [plural(infos, "info")] : []
		].join(", ");
		const verb = command === "check" ? "" : wouldRepair > 0 ? " would remain" : problems === 1 ? " remains" : " remain";
		out.push({
			tone: errors > 0 ? "error" : "warning",
			text: `\u2716 ${plural(problems, "problem")} (${counts})${verb} in ${filesWithProblems} of ${plural(files, "file")}.`
		});
	}
	const safe = fixable - unsafeFixable;
	if (command === "check" && safe > 0) {
		const more = unsafeFixable > 0 ? ` (${unsafeFixable} more with \`--unsafe-fixes\`)` : "";
		out.push({
			tone: "plain",
			hint: true,
			text: `${safe} fixable with \`session-doctor fix\`${more}.`
		});
	} else if (command === "check" && unsafeFixable > 0) out.push({
		tone: "plain",
		hint: true,
		text: `${unsafeFixable} fixable with \`session-doctor fix --unsafe-fixes\` (unsafe fixes: review them first).`
	});
	else if (command === "fix" && unsafeFixable > 0) out.push({
		tone: "warning",
		hint: true,
		text: `${plural(unsafeFixable, "unsafe fix", "unsafe fixes")} held back (${unsafeFixable === 1 ? "it changes what the model sees, or drops" : "they change what the model sees, or drop"} real content): review, then run \`session-doctor fix --unsafe-fixes\` to apply ${unsafeFixable === 1 ? "it" : "them"} too.`
	});
	if (unreadable > 0) out.push({
		tone: "error",
		text: `\u2716 ${plural(unreadable, "file")} could not be ${command === "fix" ? "read or replaced" : "read"}.`
	});
	if (command === "fix") out.push(...nextSteps(results));
	return out;
}
function nextSteps(results) {
	let copies = 0;
	let backups = 0;
	for (const result of results) {
		if ("error" in result || result.written === void 0 || result.written === "-") continue;
		if (result.backup !== void 0) backups += 1;
		else if (result.written !== result.path) copies += 1;
	}
	const steps = [];
	if (copies > 0) steps.push({
		tone: "plain",
		text: "Next: no client reads a copy. Review it (`diff FILE FILE.fixed`), then repair the original with `session-doctor fix --in-place FILE`, which keeps it as FILE.bak (moving the copy over the file would lose the original)."
	});
	if (backups > 0) steps.push({
		tone: "plain",
		text: "To undo: `session-doctor restore FILE` puts the newest backup back."
	});
	return steps;
}
var init_summary_text = __esmMin((() => {
	init_results();
}));
// dist/reporting/rule-docs.js
var ruleDocUrl, SAFETY, fixabilityText;
var init_rule_docs = __esmMin((() => {
	ruleDocUrl = (name) => `https://unpkg.com/session-doctor@${VERSION}/docs/rules/${name}.md`;
	SAFETY = {
		safe: "safe: `session-doctor fix` applies it (the model sees exactly what the client would show it).",
		unsafe: "unsafe: `session-doctor fix --unsafe-fixes` applies it (it changes what the model sees, or drops real content); `fix` alone reports it as held back.",
		depends: "depends on the repair: the default one is safe; `--strategy truncate` is unsafe and needs `--unsafe-fixes`."
	};
	fixabilityText = (rule) => rule.fixable ? `yes, ${SAFETY[rule.fixSafety ?? "safe"]}` : "no: it is reported, never guessed at.";
}));
// dist/reporting/json.js
function* jsonReportChunks(results, { command, summary, toolVersion, statistics }) {
	yield `{\n  "version": 1,\n  "tool": ${at({
		name: "session-doctor",
		version: toolVersion
	}, 1)},\n  "command": ${JSON.stringify(command)},\n  "files": [`;
	for (const [index, result] of results.entries()) {
		yield `${index === 0 ? "" : ","}\n    `;
		yield* fileChunks(result);
	}
	yield `${results.length === 0 ? "]" : "\n  ]"},\n  "summary": ${at(summary, 1)}`;
	if (statistics) yield `,\n  "statistics": ${at(ruleStatistics(results), 1)}`;
	yield "\n}\n";
}
function* fileChunks(result) {
	if (isUnreadable(result)) {
		yield at({
			path: result.path,
			error: result.error,
			diagnostics: []
		}, 2);
		return;
	}
	const head = {
		path: result.path,
		format: result.format ?? null,
		records: result.records
	};
	const tail = {
		...result.written !== void 0 && { written: result.written },
		...result.backup !== void 0 && { backup: result.backup },
		...result.notes !== void 0 && { notes: result.notes }
	};
	yield at(head, 2).slice(0, -`\n${"  ".repeat(2)}}`.length);
	yield ",\n      \"diagnostics\": [";
	yield* arrayItems(mapIterable(expandRuns(result.diagnostics), ({ rule, code, severity, line, message, callId, fixable, applicability }) => ({
		rule,
		code,
		severity,
		line,
		message,
		...callId !== void 0 && { callId },
		fixable,
		...fixable && { applicability: applicability ?? "safe" },
		url: ruleDocUrl(rule)
	})));
	if (result.repairs) {
		yield ",\n      \"repairs\": [";
		yield* arrayItems(result.repairs);
	}
	const rest = at(tail, 2);
	yield rest === "{}" ? "\n    }" : `,\n${rest.slice(2)}`;
}
function* arrayItems(items) {
	let first = true;
	for (const item of items) {
		yield `${first ? "" : ","}\n        ${at(item, 4)}`;
		first = false;
	}
	yield first ? "]" : "\n      ]";
}
var at;
var init_json = __esmMin((() => {
	init_diagnostic();
	init_reporter();
	init_results();
	init_rule_docs();
	at = (value, depth) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${"  ".repeat(depth)}`);
	joined$1(jsonReportChunks);
}));
// dist/reporting/sarif.js
function pathInRoot(path, context) {
	const root = context.root ?? context.cwd;
	if (context.cwd === void 0 || root === void 0) return (0, node_path.isAbsolute)(path) ? { absolute: path } : { relative: path.split(node_path.sep).join("/") };
	const absolute = (0, node_path.resolve)(context.cwd, path);
	const inside = (0, node_path.relative)(root, absolute);
	if (inside === "" || inside === ".." || inside.startsWith(`..${node_path.sep}`) || (0, node_path.isAbsolute)(inside)) return { absolute };
	return { relative: inside.split(node_path.sep).join("/") };
}
function artifactLocation(path, context) {
	const place = pathInRoot(path, context);
	if (place.relative !== void 0) {
		const uri = place.relative.split("/").map(encodeURIComponent).join("/");
		return context.cwd !== void 0 ? {
			uri,
			uriBaseId: SRCROOT
		} : { uri };
	}
	return { uri: (0, node_url.pathToFileURL)(place.absolute).href };
}
function ruleDescriptors() {
	return RULES.map((rule) => ({
		id: rule.name,
		name: pascalCase(rule.name),
		shortDescription: { text: clip(rule.summary) },
		helpUri: ruleDocUrl(rule.name),
		fullDescription: { text: clip(rule.explanation) },
		help: { text: `${rule.explanation}\n\n${rule.fixable ? "`session-doctor fix` repairs it." : "`session-doctor fix` does not repair it: it is reported, never guessed at."} Details: \`session-doctor explain ${rule.name}\`.` },
		defaultConfiguration: { level: LEVEL[rule.severity] },
		properties: {
			code: rule.code,
			fixable: rule.fixable,
			tags: ["session-file"],
			"problem.severity": PROBLEM_SEVERITY[rule.severity]
		}
	}));
}
function fingerprint(occurrence, key) {
	return crypto().createHash("sha256").update(`${key}\u0000${occurrence}`).digest("hex").slice(0, 32);
}
function resultText(result, locationText) {
	const q = JSON.stringify;
	const i = (depth) => INDENT[depth];
	return `{\n${i(5)}"ruleId": ${q(result.ruleId)},` + (result.ruleIndex === void 0 ? "" : `\n${i(5)}"ruleIndex": ${result.ruleIndex},`) + `\n${i(5)}"level": ${q(result.level)},\n${i(5)}"message": {\n${i(6)}"text": ${q(result.text)}\n${i(5)}},\n${i(5)}"locations": [\n${i(6)}{\n${i(7)}"physicalLocation": {\n${i(8)}"artifactLocation": ${locationText},\n${i(8)}"region": {\n${i(9)}"startLine": ${result.startLine},\n${i(9)}"startColumn": 1\n${i(8)}}\n${i(7)}}\n${i(6)}}\n${i(5)}],\n${i(5)}"partialFingerprints": {\n${i(6)}${q(FINGERPRINT_KEY)}: ${q(result.fingerprint)}\n${i(5)}},\n${i(5)}"properties": {\n${i(6)}"code": ${q(result.code)},\n${i(6)}"fixable": ${result.fixable}` + (result.applicability === void 0 ? "" : `,\n${i(6)}"applicability": ${q(result.applicability)}`) + (result.callId === void 0 ? "" : `,\n${i(6)}"callId": ${q(result.callId)}`) + `\n${i(5)}}\n${i(4)}}`;
}
function rootUri(folder) {
	const href = (0, node_url.pathToFileURL)(folder).href;
	return href.endsWith("/") ? href : `${href}/`;
}
var TOOL_INFORMATION_URI, FINGERPRINT_KEY, SARIF_SCHEMA, SRCROOT, MAX_DESCRIPTION, LEVEL, PROBLEM_SEVERITY, clip, pascalCase, Occurrences, sarifChunks, INDENT;
var init_sarif = __esmMin((() => {
	init_builtins();
	init_diagnostic();
	init_rules();
	init_reporter();
	init_results();
	init_json();
	init_rule_docs();
	TOOL_INFORMATION_URI = "https://www.npmjs.com/package/session-doctor";
	FINGERPRINT_KEY = "sessionDoctor/v1";
	SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
	SRCROOT = "%SRCROOT%";
	MAX_DESCRIPTION = 1024;
	LEVEL = {
		error: "error",
		warning: "warning",
		info: "note"
	};
	PROBLEM_SEVERITY = {
		error: "error",
		warning: "warning",
		info: "recommendation"
	};
	clip = (text) => text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, 1023)}\u2026`;
	pascalCase = (name) => name.replace(/(^|-)([a-z0-9])/g, (_, _dash, letter) => letter.toUpperCase());
	Occurrences = class {
		#byCall = /* @__PURE__ */ new Map();
		#byLine = /* @__PURE__ */ new Map();
		startAt(line) {
			for (const seen of this.#byLine.keys()) if (seen < line) this.#byLine.delete(seen);
		}
		next(key, line, byCall) {
			let seen = this.#byCall;
			if (!byCall) {
				seen = this.#byLine.get(line) ?? /* @__PURE__ */ new Map();
				this.#byLine.set(line, seen);
			}
			const occurrence = (seen.get(key) ?? 0) + 1;
			seen.set(key, occurrence);
			return occurrence;
		}
	};
	sarifChunks = function* (results, context) {
		const ruleIndex = new Map(RULES.map((rule, index) => [rule.name, index]));
		const notifications = results.filter(isUnreadable).map((result) => ({
			level: "error",
			message: { text: `${result.path}: ${result.error}` },
			locations: [{ physicalLocation: { artifactLocation: artifactLocation(result.path, context) } }]
		}));
		const marker = "\0results";
		const log = {
			$schema: SARIF_SCHEMA,
			version: "2.1.0",
			runs: [{
				tool: { driver: {
					name: "session-doctor",
					fullName: "session-doctor: lint and repair AI agent session files",
					version: context.toolVersion,
					semanticVersion: context.toolVersion,
					informationUri: TOOL_INFORMATION_URI,
					rules: ruleDescriptors()
				} },
				invocations: [{
					executionSuccessful: notifications.length === 0,
					...notifications.length > 0 && { toolExecutionNotifications: notifications }
				}],
				...context.cwd !== void 0 && { originalUriBaseIds: { [SRCROOT]: { uri: rootUri(context.root ?? context.cwd) } } },
				columnKind: "utf16CodeUnits",
				results: marker
			}]
		};
		const [head, tail] = JSON.stringify(log, null, 2).split(JSON.stringify(marker));
		yield head;
		let first = true;
		for (const result of results) {
			if (isUnreadable(result)) continue;
			const location = artifactLocation(result.path, context);
			const locationText = at(location, 8);
			const occurrences = new Occurrences();
			for (const run of result.diagnostics) {
				occurrences.startAt(run.line);
				for (const diagnostic of expandRuns([run])) {
					const line = Math.max(1, diagnostic.line);
					const index = ruleIndex.get(diagnostic.rule);
					const byCall = diagnostic.callId !== void 0;
					const key = [
						diagnostic.rule,
						location.uri,
						byCall ? `call:${diagnostic.callId}` : `line:${line}`
					].join("\0");
					const text = resultText({
						ruleId: diagnostic.rule,
						ruleIndex: index,
						level: LEVEL[diagnostic.severity],
						text: diagnostic.message,
						startLine: line,
						fingerprint: fingerprint(occurrences.next(key, line, byCall), key),
						code: diagnostic.code,
						fixable: diagnostic.fixable,
						applicability: diagnostic.fixable ? diagnostic.applicability ?? "safe" : void 0,
						callId: diagnostic.callId
					}, locationText);
					yield `${first ? "[" : ","}\n${INDENT[4]}${text}`;
					first = false;
				}
			}
		}
		yield first ? "[]" : `\n${"  ".repeat(3)}]`;
		yield `${tail}\n`;
	};
	joined$1(sarifChunks);
	INDENT = Array.from({ length: 10 }, (_, depth) => "  ".repeat(depth));
}));
// dist/reporting/github.js
function githubPath(path, context) {
	const place = pathInRoot(path, context);
	return place.relative ?? place.absolute;
}
function command(kind, properties, message) {
	return `::${kind} ${Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",")}::${escapeData(message)}`;
}
function summarySentence(command, summary, results) {
	return summarySentences(command, summary, results).map(({ text }) => text.replace(/^[\u2714\u2716] /, "")).join(" ");
}
function githubStepSummary(results, context) {
	const rows = [];
	let total = 0;
	const add = (row) => (total += 1) <= 500 && rows.push(row());
	for (const result of results) {
		const file = cell(githubPath(result.path, context));
		if (isUnreadable(result)) {
			add(() => `| ${file} |  | error |  | ${cell(result.error)} |`);
			continue;
		}
		for (const { line, severity, rule, code, message } of expandRuns(result.diagnostics)) add(() => `| ${file} | ${line} | ${severity} | \`${rule}\` (${code}) | ${cell(message)} |`);
	}
	const out = [
		`### session-doctor ${context.command}`,
		"",
		summarySentence(context.command, context.summary, results),
		""
	];
	if (total > 0) {
		out.push("| File | Line | Severity | Rule | Message |", "| --- | ---: | --- | --- | --- |", ...rows);
		if (total > 500) out.push("", `\u2026and ${total - 500} more: run \`session-doctor check\` locally, or use \`--reporter sarif:FILE\` for all of them.`);
		out.push("");
	}
	return `${out.join("\n")}\n`;
}
var COMMAND, escapeData, escapeProperty, githubChunks, cell;
var init_github = __esmMin((() => {
	init_diagnostic();
	init_reporter();
	init_results();
	init_summary_text();
	init_sarif();
	COMMAND = {
		error: "error",
		warning: "warning",
		info: "notice"
	};
	escapeData = (text) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
	escapeProperty = (text) => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
	githubChunks = function* (results, context) {
		for (const result of results) {
			const file = githubPath(result.path, context);
			if (isUnreadable(result)) {
				yield `${command("error", {
					file,
					title: "unreadable file"
				}, `${result.path}: ${result.error}`)}\n`;
				continue;
			}
			for (const { severity, line, rule, message } of expandRuns(result.diagnostics)) yield `${command(COMMAND[severity], {
				file,
				line: Math.max(1, line),
				title: rule
			}, message)}\n`;
		}
		yield `session-doctor: ${summarySentence(context.command, context.summary, results)}\n`;
		const { errors, warnings, unreadable } = context.summary;
		if (errors + unreadable > 10 || warnings > 10) yield `session-doctor: GitHub shows only the first 10 error and 10 warning annotations of a step; ${context.jobSummary ? "the job summary lists every problem." : "run with --format json or sarif to see every problem."}\n`;
	};
	joined$1(githubChunks);
	cell = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n|\r/g, " ");
})), NOT_XML, xml, attributes, junitChunks;
var init_junit = __esmMin((() => {
	init_diagnostic();
	init_reporter();
	init_results();
	init_sarif();
	NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
	xml = (text) => text.replace(NOT_XML, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
	attributes = (values) => Object.entries(values).map(([key, value]) => ` ${key}="${xml(String(value))}"`).join("");
	junitChunks = function* (results, context) {
		const failuresOf = (result) => {
			let failures = 0;
			if (!isUnreadable(result)) for (const diagnostic of result.diagnostics) failures += spanOf(diagnostic);
			return failures;
		};
		const failures = results.map(failuresOf);
		const totalFailures = failures.reduce((sum, count) => sum + count, 0);
		const totalErrors = results.filter(isUnreadable).length;
		const totalTests = failures.reduce((sum, count) => sum + Math.max(count, 1), 0);
		yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${attributes({
			name: `session-doctor ${context.command}`,
			tests: totalTests,
			failures: totalFailures,
			errors: totalErrors
		})}`;
		if (results.length === 0) {
			yield "/>\n";
			return;
		}
		yield ">";
		for (const [index, result] of results.entries()) {
			const place = pathInRoot(result.path, context);
			const file = place.relative ?? place.absolute;
			const errors = isUnreadable(result) ? 1 : 0;
			yield `\n  <testsuite${attributes({
				name: file,
				tests: Math.max(failures[index], 1),
				failures: failures[index],
				errors,
				skipped: 0
			})}>\n`;
			if (isUnreadable(result)) yield `    <testcase${attributes({
				name: "readable",
				classname: file,
				file
			})}>\n      <error${attributes({
				message: result.error,
				type: "unreadable"
			})}>${xml(`${file}: ${result.error}`)}</error>\n    </testcase>`;
			else if (result.diagnostics.length === 0) yield `    <testcase${attributes({
				name: "no problems",
				classname: file,
				file
			})}/>`;
			else {
				let first = true;
				for (const { line, severity, rule, code, message, fixable, applicability } of expandRuns(result.diagnostics)) {
					const detail = `${file}:${line}: ${severity} ${rule} (${code}): ${message}${fixable ? ` (\`session-doctor fix${applicability === "unsafe" ? " --unsafe-fixes" : ""}\` repairs it)` : ""}`;
					yield `${first ? "" : "\n"}    <testcase${attributes({
						name: `line ${line}: ${rule}`,
						classname: file,
						file,
						line
					})}>\n      <failure${attributes({
						message,
						type: severity
					})}>${xml(detail)}</failure>\n    </testcase>`;
					first = false;
				}
			}
			yield "\n  </testsuite>";
		}
		yield "\n</testsuites>\n";
	};
	joined$1(junitChunks);
}));
// dist/reporting/stylish.js
function* fileBlock(result, { chalk }) {
	const repairs = result.repairs ?? [];
	if (result.diagnostics.length === 0 && repairs.length === 0) return;
	const done = result.dryRun ? "would fix" : "fixed";
	const repairRows = () => mapIterable(repairs, (repair) => ({
		line: repair.line,
		cells: [
			repair.endLine === void 0 ? String(repair.line) : `${repair.line}-${repair.endLine}`,
			chalk.green(done),
			repair.action,
			chalk.dim(repair.rule)
		]
	}));
	const diagnosticRow = ({ diagnostic: { line, severity, message, rule }, last }) => {
		const colour = severity === "error" ? chalk.red : severity === "warning" ? chalk.yellow : chalk.blue;
		const where = last > line ? `${line}-${last}` : String(line);
		const times = last > line ? chalk.dim(` (${last - line + 1} lines)`) : "";
		return {
			line,
			cells: [
				where,
				colour(severity),
				`${message}${times}`,
				chalk.dim(rule)
			]
		};
	};
	const rows = () => mergeByLine(repairRows(), mapIterable(collapse(result.diagnostics), diagnosticRow));
	let lineWidth = 0;
	let severityWidth = 0;
	for (const { cells } of rows()) {
		lineWidth = Math.max(lineWidth, cells[0].length);
		severityWidth = Math.max(severityWidth, visibleLength(cells[1]));
	}
	const format = result.format ? chalk.dim(` (${result.format}, ${plural(result.records, "record")})`) : "";
	yield `${chalk.underline(printable(result.path))}${format}\n`;
	for (const { cells: [line, severity, message, rule] } of rows()) yield `  ${line.padStart(lineWidth)}  ${severity}${" ".repeat(severityWidth - visibleLength(severity))}  ${message}  ${rule}\n`;
	if (result.written && result.written !== "-") yield `  ${chalk.green("\u2192")} wrote ${printable(result.written)}${result.backup ? ` (original kept as ${printable(result.backup)})` : ""}\n`;
	yield "\n";
}
function* mergeByLine(first, second) {
	const firsts = first[Symbol.iterator]();
	let next = firsts.next();
	for (const row of second) {
		for (; !next.done && next.value.line <= row.line; next = firsts.next()) yield next.value;
		yield row;
	}
	for (; !next.done; next = firsts.next()) yield next.value;
}
function* collapse(diagnostics) {
	let run;
	for (const diagnostic of diagnostics) if (run && sameFinding(run.diagnostic, diagnostic) && diagnostic.line === run.last + 1) run.last = diagnostic.endLine ?? diagnostic.line;
	else {
		if (run) yield run;
		run = {
			diagnostic,
			last: diagnostic.endLine ?? diagnostic.line
		};
	}
	if (run) yield run;
}
function statisticsTable(results, chalk) {
	const statistics = ruleStatistics(results);
	if (statistics.length === 0) return "";
	const rows = statistics.map((entry) => {
		const fix = [entry.fixable > 0 ? `${entry.fixable} fixable` : "", entry.unsafeFixable > 0 ? `${entry.unsafeFixable} with --unsafe-fixes` : ""].filter(Boolean).join(", ");
		return [
			String(entry.count),
			entry.code,
			entry.rule,
			fix
		];
	});
	const widths = [
		0,
		1,
		2
	].map((column) => rows.reduce((width, row) => Math.max(width, row[column].length), 0));
	return `${rows.map(([count, code, rule, fix]) => `${count.padStart(widths[0])}  ${code.padEnd(widths[1])}  ${fix ? rule.padEnd(widths[2]) : rule}${fix ? `  ${chalk.dim(fix)}` : ""}`).join("\n")}\n`;
}
function summaryLines(results, { chalk, command, summary }) {
	const tones = {
		ok: chalk.green,
		error: chalk.red.bold,
		warning: chalk.yellow.bold,
		plain: (text) => text
	};
	return `${summarySentences(command, summary, results).map(({ tone, text, hint }) => hint ? `  ${tones[tone](text)}` : tones[tone](text)).join("\n")}\n`;
}
var stylishChunks, sameFinding, ANSI, visibleLength;
var init_stylish = __esmMin((() => {
	init_diagnostic();
	init_reporter();
	init_results();
	init_summary_text();
	stylishChunks = function* (results, context) {
		const { chalk } = context;
		if (context.statistics) yield `${statisticsTable(results, chalk)}\n`;
		else for (const result of results) {
			if (isUnreadable(result)) {
				yield `${chalk.underline(printable(result.path))}\n  ${chalk.red("error")}  ${printable(result.error)}\n\n`;
				continue;
			}
			yield* fileBlock(result, context);
		}
		yield summaryLines(results, context);
	};
	joined$1(stylishChunks);
	sameFinding = (a, b) => a.callId === void 0 && b.callId === void 0 && a.rule === b.rule && a.severity === b.severity && a.message === b.message;
	ANSI = /\u001b\[[0-9;]*m/g;
	visibleLength = (text) => text.replace(ANSI, "").length;
})), REPORT_CHUNKS;
var init_reporting = __esmMin((() => {
	init_compact();
	init_github();
	init_json();
	init_junit();
	init_reporter();
	init_sarif();
	init_stylish();
	REPORT_CHUNKS = {
		stylish: stylishChunks,
		json: jsonReportChunks,
		compact: compactChunks,
		sarif: sarifChunks,
		github: githubChunks,
		junit: junitChunks
	};
	Object.fromEntries(REPORT_FORMATS.map((format) => [format, joined$1(REPORT_CHUNKS[format])]));
}));
// dist/config/schema.js
var schema_exports = /* @__PURE__ */ __exportAll({
	configSchema: () => configSchema,
	validateConfig: () => validateConfig
});
function validateConfig(value, file) {
	const result = configSchema.safeParse(value);
	if (result.success) {
		const { $schema: _schema, ...config } = result.data;
		return config;
	}
	const problems = result.error.issues.map((issue) => {
		const where = showPath(issue.path);
		const message = issue.code === "invalid_key" ? issue.issues.map((inner) => inner.message).join("; ") : issue.message;
		return `  ${where ? `${where}: ` : ""}${message}`;
	});
	throw new ConfigError(file, `invalid configuration:\n${problems.join("\n")}`);
}
var KEYS, severity, ruleName, pattern, configSchema, showPath;
var init_schema = __esmMin((() => {
	init_zod();
	init_select_rules();
	init_reporting();
	KEYS = [
		"rules",
		"ignores",
		"format"
	];
	severity = _enum([
		"error",
		"warning",
		"info",
		"off"
	], { error: "expected \"error\", \"warning\", \"info\" or \"off\"" });
	ruleName = string().refine((key) => findRule(key) !== void 0, { error: (issue) => `unknown rule "${String(issue.input)}" (see \`session-doctor rules\`)` });
	pattern = string({ error: "expected a glob pattern (a string)" }).min(1, "an empty pattern matches nothing").refine((value) => !value.startsWith("!"), "negated patterns (!\u2026) are not supported");
	configSchema = strictObject({
		$schema: string().optional(),
		rules: record(ruleName, severity, { error: "expected an object of rule names to severities" }).optional(),
		ignores: array(pattern, { error: "expected an array of glob patterns" }).optional(),
		format: _enum(REPORT_FORMATS, { error: `expected one of ${REPORT_FORMATS.join(", ")}` }).optional()
	}, { error: (issue) => issue.code === "unrecognized_keys" ? `unknown ${issue.keys.length === 1 ? "key" : "keys"} ${issue.keys.map((key) => `"${key}"`).join(", ")} (known: ${KEYS.join(", ")})` : issue.code === "invalid_type" ? "expected an object" : void 0 });
	showPath = (path) => path.map((key, index) => typeof key === "number" ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `${index > 0 ? "." : ""}${String(key)}` : `["${String(key)}"]`).join("");
}));
// dist/config/load-config.js
async function loadConfig(options = {}) {
	const cwd = (0, node_path.resolve)(options.cwd ?? process.cwd());
	const found = options.file !== void 0 ? explicit((0, node_path.resolve)(cwd, options.file), cwd) : search(cwd);
	if (!found) return void 0;
	const { validateConfig } = await Promise.resolve().then(() => (init_schema(), schema_exports));
	const shown = displayPath(found.file, cwd);
	const config = validateConfig(found.value, found.key ? `${shown} ("${found.key}" key)` : shown);
	return {
		file: found.file,
		folder: (0, node_path.dirname)(found.file),
		config
	};
}
function explicit(file, cwd) {
	const value = parse(read(file, cwd), file, cwd);
	if ((0, node_path.basename)(file) !== "package.json") return {
		file,
		value
	};
	if (!isObject(value) || !Object.hasOwn(value, "session-doctor")) throw new ConfigError(displayPath(file, cwd), `has no "${PACKAGE_JSON_KEY}" key`);
	return {
		file,
		value: value[PACKAGE_JSON_KEY],
		key: PACKAGE_JSON_KEY
	};
}
function search(start) {
	for (let folder = start;; folder = (0, node_path.dirname)(folder)) {
		const configFile = (0, node_path.join)(folder, CONFIG_FILE_NAME);
		if (isFile(configFile)) return {
			file: configFile,
			value: parse(read(configFile, start), configFile, start)
		};
		const packageFile = (0, node_path.join)(folder, "package.json");
		if (isFile(packageFile)) {
			const text = readOrUndefined(packageFile);
			if (text?.includes(`"session-doctor"`)) {
				const value = parseOrUndefined(text);
				if (isObject(value) && Object.hasOwn(value, "session-doctor")) return {
					file: packageFile,
					value: value[PACKAGE_JSON_KEY],
					key: PACKAGE_JSON_KEY
				};
			}
		}
		if ((0, node_path.dirname)(folder) === folder) return void 0;
	}
}
function isFile(path) {
	try {
		return (0, node_fs.statSync)(path).isFile();
	} catch {
		return false;
	}
}
function read(file, cwd) {
	try {
		return (0, node_fs.readFileSync)(file, "utf8");
	} catch (error) {
		const code = error.code;
		const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a file" : error.message;
		throw new ConfigError(displayPath(file, cwd), `cannot read the config file: ${reason}`);
	}
}
function readOrUndefined(file) {
	try {
		return (0, node_fs.readFileSync)(file, "utf8");
	} catch {
		return;
	}
}
function parse(text, file, cwd) {
	try {
		return JSON.parse(text.replace(/^\uFEFF/, ""));
	} catch (error) {
		throw new ConfigError(displayPath(file, cwd), `not valid JSON: ${withLineAndColumn(error.message, text)}`);
	}
}
function parseOrUndefined(text) {
	try {
		return JSON.parse(text.replace(/^\uFEFF/, ""));
	} catch {
		return;
	}
}
function withLineAndColumn(message, text) {
	const position = /at position (\d+)/.exec(message);
	if (!position || /line \d+/.test(message)) return message;
	const before = text.slice(0, Number(position[1]));
	return `${message} (line ${before.split("\n").length}, column ${before.length - before.lastIndexOf("\n")})`;
}
function displayPath(file, cwd) {
	const inside = (0, node_path.relative)(cwd, file);
	return inside && !inside.startsWith(`..${node_path.sep}`) && inside !== ".." && !(0, node_path.isAbsolute)(inside) ? inside : file;
}
var isObject;
var init_load_config = __esmMin((() => {
	init_errors$2();
	init_types();
	isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
}));
// dist/reading/find-session-files.js
async function findSessionFiles(paths) {
	const found = [];
	const seen = /* @__PURE__ */ new Set();
	const add = (input) => {
		if (seen.has(input.key)) return;
		seen.add(input.key);
		found.push(input);
	};
	for (const path of paths) {
		const key = (0, node_path.resolve)(path);
		let info;
		try {
			info = await (0, node_fs_promises.stat)(path);
		} catch (error) {
			add({
				path,
				key,
				error: toInputError(path, error)
			});
			continue;
		}
		if (info.isDirectory()) await walk(path, key, add);
		else add({
			path,
			key
		});
	}
	return found;
}
function prefixOf(folder) {
	return (0, node_path.join)(folder, "x").slice(0, -1);
}
async function walk(folder, key, add) {
	let entries;
	try {
		entries = await (0, node_fs_promises.readdir)(folder, { withFileTypes: true });
	} catch (error) {
		add({
			path: folder,
			key,
			error: toInputError(folder, error)
		});
		return;
	}
	const prefix = prefixOf(folder);
	const keyPrefix = prefixOf(key);
	entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
	const names = new Set(entries.map((entry) => entry.name));
	for (const entry of entries) {
		if (entry.name.endsWith(".zst") && names.has(entry.name.slice(0, -4))) continue;
		const path = prefix + entry.name;
		if (entry.isDirectory()) {
			if (!SKIPPED_FOLDERS.has(entry.name)) await walk(path, keyPrefix + entry.name, add);
		} else if (SESSION_FILE.test(entry.name) && (entry.isFile() || entry.isSymbolicLink())) add({
			path,
			key: keyPrefix + entry.name
		});
	}
}
var SESSION_FILE, SKIPPED_FOLDERS;
var init_find_session_files = __esmMin((() => {
	init_input_error();
	SESSION_FILE = /\.(jsonl|ndjson|jsonl\.zst)$/;
	SKIPPED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
}));
// node_modules/chalk/source/vendor/ansi-styles/index.js
function assembleStyles() {
	const codes = /* @__PURE__ */ new Map();
	for (const [groupName, group] of Object.entries(styles$1)) {
		for (const [styleName, style] of Object.entries(group)) {
			styles$1[styleName] = {
				open: `\u001B[${style[0]}m`,
				close: `\u001B[${style[1]}m`
			};
			group[styleName] = styles$1[styleName];
			codes.set(style[0], style[1]);
		}
		Object.defineProperty(styles$1, groupName, {
			value: group,
			enumerable: false
		});
	}
	Object.defineProperty(styles$1, "codes", {
		value: codes,
		enumerable: false
	});
	styles$1.color.close = "\x1B[39m";
	styles$1.bgColor.close = "\x1B[49m";
	styles$1.color.ansi = wrapAnsi16();
	styles$1.color.ansi256 = wrapAnsi256();
	styles$1.color.ansi16m = wrapAnsi16m();
	styles$1.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
	styles$1.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
	styles$1.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
	Object.defineProperties(styles$1, {
		rgbToAnsi256: {
			value(red, green, blue) {
				if (red === green && green === blue) {
					if (red < 8) return 16;
					if (red > 248) return 231;
					return Math.round((red - 8) / 247 * 24) + 232;
				}
				return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
			},
			enumerable: false
		},
		hexToRgb: {
			value(hex) {
				const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
				if (!matches) return [
					0,
					0,
					0
				];
				let [colorString] = matches;
				if (colorString.length === 3) colorString = [...colorString].map((character) => character + character).join("");
				const integer = Number.parseInt(colorString, 16);
				return [
					integer >> 16 & 255,
					integer >> 8 & 255,
					integer & 255
				];
			},
			enumerable: false
		},
		hexToAnsi256: {
			value: (hex) => styles$1.rgbToAnsi256(...styles$1.hexToRgb(hex)),
			enumerable: false
		},
		ansi256ToAnsi: {
			value(code) {
				if (code < 8) return 30 + code;
				if (code < 16) return 90 + (code - 8);
				let red;
				let green;
				let blue;
				if (code >= 232) {
					red = ((code - 232) * 10 + 8) / 255;
					green = red;
					blue = red;
				} else {
					code -= 16;
					const remainder = code % 36;
					red = Math.floor(code / 36) / 5;
					green = Math.floor(remainder / 6) / 5;
					blue = remainder % 6 / 5;
				}
				const value = Math.max(red, green, blue) * 2;
				if (value === 0) return 30;
				let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
				if (value === 2) result += 60;
				return result;
			},
			enumerable: false
		},
		rgbToAnsi: {
			value: (red, green, blue) => styles$1.ansi256ToAnsi(styles$1.rgbToAnsi256(red, green, blue)),
			enumerable: false
		},
		hexToAnsi: {
			value: (hex) => styles$1.ansi256ToAnsi(styles$1.hexToAnsi256(hex)),
			enumerable: false
		}
	});
	return styles$1;
}
var ANSI_BACKGROUND_OFFSET, wrapAnsi16, wrapAnsi256, wrapAnsi16m, styles$1, foregroundColorNames, backgroundColorNames, ansiStyles;
var init_ansi_styles = __esmMin((() => {
	ANSI_BACKGROUND_OFFSET = 10;
	wrapAnsi16 = (offset = 0) => (code) => `\u001B[${code + offset}m`;
	wrapAnsi256 = (offset = 0) => (code) => `\u001B[${38 + offset};5;${code}m`;
	wrapAnsi16m = (offset = 0) => (red, green, blue) => `\u001B[${38 + offset};2;${red};${green};${blue}m`;
	styles$1 = {
		modifier: {
			reset: [0, 0],
			bold: [1, 22],
			dim: [2, 22],
			italic: [3, 23],
			underline: [4, 24],
			overline: [53, 55],
			inverse: [7, 27],
			hidden: [8, 28],
			strikethrough: [9, 29]
		},
		color: {
			black: [30, 39],
			red: [31, 39],
			green: [32, 39],
			yellow: [33, 39],
			blue: [34, 39],
			magenta: [35, 39],
			cyan: [36, 39],
			white: [37, 39],
			blackBright: [90, 39],
			gray: [90, 39],
			grey: [90, 39],
			redBright: [91, 39],
			greenBright: [92, 39],
			yellowBright: [93, 39],
			blueBright: [94, 39],
			magentaBright: [95, 39],
			cyanBright: [96, 39],
			whiteBright: [97, 39]
		},
		bgColor: {
			bgBlack: [40, 49],
			bgRed: [41, 49],
			bgGreen: [42, 49],
			bgYellow: [43, 49],
			bgBlue: [44, 49],
			bgMagenta: [45, 49],
			bgCyan: [46, 49],
			bgWhite: [47, 49],
			bgBlackBright: [100, 49],
			bgGray: [100, 49],
			bgGrey: [100, 49],
			bgRedBright: [101, 49],
			bgGreenBright: [102, 49],
			bgYellowBright: [103, 49],
			bgBlueBright: [104, 49],
			bgMagentaBright: [105, 49],
			bgCyanBright: [106, 49],
			bgWhiteBright: [107, 49]
		}
	};
	Object.keys(styles$1.modifier);
	foregroundColorNames = Object.keys(styles$1.color);
	backgroundColorNames = Object.keys(styles$1.bgColor);
	[...foregroundColorNames, ...backgroundColorNames];
	ansiStyles = assembleStyles();
}));
// node_modules/chalk/source/vendor/supports-color/index.js
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : node_process.default.argv) {
	const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
	const position = argv.indexOf(prefix + flag);
	const terminatorPosition = argv.indexOf("--");
	return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
function envForceColor() {
	if ("FORCE_COLOR" in env) {
		if (env.FORCE_COLOR === "true") return 1;
		if (env.FORCE_COLOR === "false") return 0;
		return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
	}
}
function translateLevel(level) {
	if (level === 0) return false;
	return {
		level,
		hasBasic: true,
		has256: level >= 2,
		has16m: level >= 3
	};
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
	const noFlagForceColor = envForceColor();
	if (noFlagForceColor !== void 0) flagForceColor = noFlagForceColor;
	const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
	if (forceColor === 0) return 0;
	if (sniffFlags) {
		if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) return 3;
		if (hasFlag("color=256")) return 2;
	}
	if ("TF_BUILD" in env && "AGENT_NAME" in env) return 1;
	if (haveStream && !streamIsTTY && forceColor === void 0) return 0;
	const min = forceColor || 0;
	if (env.TERM === "dumb") return min;
	if (node_process.default.platform === "win32") {
		const osRelease = node_os.default.release().split(".");
		if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) return Number(osRelease[2]) >= 14931 ? 3 : 2;
		return 1;
	}
	if ("CI" in env) {
		if ([
			"GITHUB_ACTIONS",
			"GITEA_ACTIONS",
			"CIRCLECI"
		].some((key) => key in env)) return 3;
		if ([
			"TRAVIS",
			"APPVEYOR",
			"GITLAB_CI",
			"BUILDKITE",
			"DRONE"
		].some((sign) => sign in env) || env.CI_NAME === "codeship") return 1;
		return min;
	}
	if ("TEAMCITY_VERSION" in env) return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
	if (env.COLORTERM === "truecolor") return 3;
	if (env.TERM === "xterm-kitty") return 3;
	if (env.TERM === "xterm-ghostty") return 3;
	if (env.TERM === "wezterm") return 3;
	if ("TERM_PROGRAM" in env) {
		const version = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
		switch (env.TERM_PROGRAM) {
			case "iTerm.app": return version >= 3 ? 3 : 2;
			case "Apple_Terminal": return 2;
		}
	}
	if (/-256(color)?$/i.test(env.TERM)) return 2;
	if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) return 1;
	if ("COLORTERM" in env) return 1;
	return min;
}
function createSupportsColor(stream, options = {}) {
	return translateLevel(_supportsColor(stream, {
		streamIsTTY: stream && stream.isTTY,
		...options
	}));
}
var env, flagForceColor, supportsColor;
var init_supports_color = __esmMin((() => {
	({env} = node_process.default);
	if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) flagForceColor = 0;
	else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) flagForceColor = 1;
	supportsColor = {
		stdout: createSupportsColor({ isTTY: node_tty.default.isatty(1) }),
		stderr: createSupportsColor({ isTTY: node_tty.default.isatty(2) })
	};
}));
// node_modules/chalk/source/utilities.js
function stringReplaceAll(string, substring, replacer) {
	let index = string.indexOf(substring);
	if (index === -1) return string;
	const substringLength = substring.length;
	let endIndex = 0;
	let returnValue = "";
	do {
		returnValue += string.slice(endIndex, index) + substring + replacer;
		endIndex = index + substringLength;
		index = string.indexOf(substring, endIndex);
	} while (index !== -1);
	returnValue += string.slice(endIndex);
	return returnValue;
}
function stringEncaseCRLFWithFirstIndex(string, prefix, postfix, index) {
	let endIndex = 0;
	let returnValue = "";
	do {
		const gotCR = string[index - 1] === "\r";
		returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? "\r\n" : "\n") + postfix;
		endIndex = index + 1;
		index = string.indexOf("\n", endIndex);
	} while (index !== -1);
	returnValue += string.slice(endIndex);
	return returnValue;
}
var init_utilities = __esmMin((() => {}));
// node_modules/chalk/source/index.js
function createChalk(options) {
	return chalkFactory(options);
}
var stdoutColor, stderrColor, GENERATOR, STYLER, IS_EMPTY, levelMapping, styles, applyOptions, Chalk, chalkFactory, getModelAnsi, proto, createStyler, createBuilder, applyStyle;
var init_source = __esmMin((() => {
	init_ansi_styles();
	init_supports_color();
	init_utilities();
	({stdout: stdoutColor, stderr: stderrColor} = supportsColor);
	GENERATOR = Symbol("GENERATOR");
	STYLER = Symbol("STYLER");
	IS_EMPTY = Symbol("IS_EMPTY");
	levelMapping = [
		"ansi",
		"ansi",
		"ansi256",
		"ansi16m"
	];
	styles = Object.create(null);
	applyOptions = (object, options = {}) => {
		if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) throw new Error("The `level` option should be an integer from 0 to 3");
		const colorLevel = stdoutColor ? stdoutColor.level : 0;
		object.level = options.level === void 0 ? colorLevel : options.level;
	};
	Chalk = class {
		constructor(options) {
			return chalkFactory(options);
		}
	};
	chalkFactory = (options) => {
		const chalk = (...strings) => strings.join(" ");
		applyOptions(chalk, options);
		Object.setPrototypeOf(chalk, createChalk.prototype);
		return chalk;
	};
	Object.setPrototypeOf(createChalk.prototype, Function.prototype);
	for (const [styleName, style] of Object.entries(ansiStyles)) styles[styleName] = { get() {
		const builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
		Object.defineProperty(this, styleName, { value: builder });
		return builder;
	} };
	styles.visible = { get() {
		const builder = createBuilder(this, this[STYLER], true);
		Object.defineProperty(this, "visible", { value: builder });
		return builder;
	} };
	getModelAnsi = (model, level, type, ...arguments_) => {
		if (model === "rgb") {
			if (level === "ansi16m") return ansiStyles[type].ansi16m(...arguments_);
			if (level === "ansi256") return ansiStyles[type].ansi256(ansiStyles.rgbToAnsi256(...arguments_));
			return ansiStyles[type].ansi(ansiStyles.rgbToAnsi(...arguments_));
		}
		if (model === "hex") return getModelAnsi("rgb", level, type, ...ansiStyles.hexToRgb(...arguments_));
		return ansiStyles[type][model](...arguments_);
	};
	for (const model of [
		"rgb",
		"hex",
		"ansi256"
	]) {
		styles[model] = { get() {
			const { level } = this;
			return function(...arguments_) {
				const styler = createStyler(getModelAnsi(model, levelMapping[level], "color", ...arguments_), ansiStyles.color.close, this[STYLER]);
				return createBuilder(this, styler, this[IS_EMPTY]);
			};
		} };
		const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
		styles[bgModel] = { get() {
			const { level } = this;
			return function(...arguments_) {
				const styler = createStyler(getModelAnsi(model, levelMapping[level], "bgColor", ...arguments_), ansiStyles.bgColor.close, this[STYLER]);
				return createBuilder(this, styler, this[IS_EMPTY]);
			};
		} };
	}
	proto = Object.defineProperties(() => {}, {
		...styles,
		level: {
			enumerable: true,
			get() {
				return this[GENERATOR].level;
			},
			set(level) {
				this[GENERATOR].level = level;
			}
		}
	});
	createStyler = (open, close, parent) => {
		let openAll;
		let closeAll;
		if (parent === void 0) {
			openAll = open;
			closeAll = close;
		} else {
			openAll = parent.openAll + open;
			closeAll = close + parent.closeAll;
		}
		return {
			open,
			close,
			openAll,
			closeAll,
			parent
		};
	};
	createBuilder = (self, _styler, _isEmpty) => {
		const builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
		Object.setPrototypeOf(builder, proto);
		builder[GENERATOR] = self;
		builder[STYLER] = _styler;
		builder[IS_EMPTY] = _isEmpty;
		return builder;
	};
	applyStyle = (self, string) => {
		if (self.level <= 0 || !string) return self[IS_EMPTY] ? "" : string;
		let styler = self[STYLER];
		if (styler === void 0) return string;
		const { openAll, closeAll } = styler;
		if (string.includes("\x1B")) while (styler !== void 0) {
			string = stringReplaceAll(string, styler.close, styler.open);
			styler = styler.parent;
		}
		const lfIndex = string.indexOf("\n");
		if (lfIndex !== -1) string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex);
		return openAll + string + closeAll;
	};
	Object.defineProperties(createChalk.prototype, styles);
	createChalk();
	createChalk({ level: stderrColor ? stderrColor.level : 0 });
}));
// dist/cli/colour.js
function colourLevel({ flag, env, isTTY }) {
	if (flag !== void 0) return flag ? 1 : 0;
	if (env.NO_COLOR) return 0;
	const force = env.FORCE_COLOR;
	if (force !== void 0) {
		if (force === "" || force === "true") return 1;
		if (force === "false") return 0;
		const level = Number.parseInt(force, 10);
		return Number.isNaN(level) ? 1 : Math.max(0, Math.min(level, 3));
	}
	return isTTY && env.TERM !== "dumb" ? 1 : 0;
}
var makeChalk;
var init_colour = __esmMin((() => {
	init_source();
	makeChalk = (inputs) => new Chalk({ level: colourLevel(inputs) });
}));
// dist/cli/exit-code.js
function exitCode(summary, maxWarnings) {
	if (summary.unreadable > 0) return 2;
	if (summary.errors > 0) return 1;
	if (maxWarnings >= 0 && summary.warnings > maxWarnings) return 1;
	return 0;
}
var init_exit_code = __esmMin((() => {}));
// node_modules/split2/index.js
var require_split2 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	const { Transform } = require("stream");
	const { StringDecoder } = require("string_decoder");
	const kLast = Symbol("last");
	const kDecoder = Symbol("decoder");
	function transform(chunk, enc, cb) {
		let list;
		if (this.overflow) {
			list = this[kDecoder].write(chunk).split(this.matcher);
			if (list.length === 1) return cb();
			list.shift();
			this.overflow = false;
		} else {
			this[kLast] += this[kDecoder].write(chunk);
			list = this[kLast].split(this.matcher);
		}
		this[kLast] = list.pop();
		for (let i = 0; i < list.length; i++) try {
			push(this, this.mapper(list[i]));
		} catch (error) {
			return cb(error);
		}
		this.overflow = this[kLast].length > this.maxLength;
		if (this.overflow && !this.skipOverflow) {
			cb(/* @__PURE__ */ new Error("maximum buffer reached"));
			return;
		}
		cb();
	}
	function flush(cb) {
		this[kLast] += this[kDecoder].end();
		if (this[kLast]) try {
			push(this, this.mapper(this[kLast]));
		} catch (error) {
			return cb(error);
		}
		cb();
	}
	function push(self, val) {
		if (val !== void 0) self.push(val);
	}
	function noop(incoming) {
		return incoming;
	}
	function split(matcher, mapper, options) {
		matcher = matcher || /\r?\n/;
		mapper = mapper || noop;
		options = options || {};
		switch (arguments.length) {
			case 1:
				if (typeof matcher === "function") {
					mapper = matcher;
					matcher = /\r?\n/;
				} else if (typeof matcher === "object" && !(matcher instanceof RegExp) && !matcher[Symbol.split]) {
					options = matcher;
					matcher = /\r?\n/;
				}
				break;
			case 2: if (typeof matcher === "function") {
				options = mapper;
				mapper = matcher;
				matcher = /\r?\n/;
			} else if (typeof mapper === "object") {
				options = mapper;
				mapper = noop;
			}
		}
		options = Object.assign({}, options);
		options.autoDestroy = true;
		options.transform = transform;
		options.flush = flush;
		options.readableObjectMode = true;
		const stream = new Transform(options);
		stream[kLast] = "";
		stream[kDecoder] = new StringDecoder("utf8");
		stream.matcher = matcher;
		stream.mapper = mapper;
		stream.maxLength = options.maxLength;
		stream.skipOverflow = options.skipOverflow || false;
		stream.overflow = false;
		stream._destroy = function(err, cb) {
			this._writableState.errorEmitted = false;
			cb(err);
		};
		return stream;
	}
	module.exports = split;
}));
// dist/cli/inputs.js
function codexSessionStore(env) {
	return (0, node_path.join)(env.CODEX_HOME || (0, node_path.join)((0, node_os.homedir)(), ".codex"), "sessions");
}
function claudeProjectsStore(env) {
	return (0, node_path.join)(env.CLAUDE_CONFIG_DIR || (0, node_path.join)((0, node_os.homedir)(), ".claude"), "projects");
}
async function readPathList(source, { nul = false } = {}) {
	const paths = [];
	const lines = source.pipe((0, import_split2.default)(nul ? "\0" : /\r?\n/));
	source.on("error", (error) => lines.destroy(error));
	for await (const line of lines) if (line !== "") paths.push(line);
	return paths;
}
async function resolveInputs(paths) {
	const inputs = [];
	const seen = /* @__PURE__ */ new Set();
	for (const path of paths) for (const input of path === "-" ? [{
		path,
		key: "-"
	}] : await findSessionFiles([path])) {
		if (seen.has(input.key)) continue;
		seen.add(input.key);
		inputs.push(input);
	}
	return inputs;
}
async function spoolStdin() {
	const folder = await (0, node_fs_promises.mkdtemp)((0, node_path.join)((0, node_os.tmpdir)(), "session-doctor-"));
	const path = (0, node_path.join)(folder, "stdin.jsonl");
	const release = removeOnInterrupt(folder, { recursive: true });
	const dispose = async () => {
		await (0, node_fs_promises.rm)(folder, {
			recursive: true,
			force: true
		});
		release();
	};
	try {
		await (0, node_stream_promises.pipeline)(process.stdin, (0, node_fs.createWriteStream)(path, { mode: 384 }));
	} catch (error) {
		await dispose();
		throw new InputError("-", `cannot read stdin: ${error.message}`);
	}
	return {
		path,
		dispose
	};
}
var import_split2;
var init_inputs = __esmMin((() => {
	import_split2 = /* @__PURE__ */ __toESM(require_split2(), 1);
	init_find_session_files();
	init_input_error();
	init_temp_files();
}));
// dist/checking/sorted-runs.js
function mergedRuns(sorted, compare, codec) {
	return sorted.runs.length === 0 ? sorted.memory : mergeRuns([...sorted.runs.map((run) => readRun(run, codec)), sorted.memory], compare);
}
function removeRuns(sorted) {
	for (const run of sorted.runs) (0, node_fs.rmSync)(run, { force: true });
}
function mergeRuns(runs, compare) {
	return { *[Symbol.iterator]() {
		const heads = [];
		runs.forEach((run, source) => {
			const rest = run[Symbol.iterator]();
			const first = rest.next();
			if (!first.done) heads.push({
				value: first.value,
				source,
				rest
			});
		});
		const before = (a, b) => {
			const order = compare(a.value, b.value);
			return order < 0 || order === 0 && a.source < b.source;
		};
		while (heads.length > 0) {
			let best = 0;
			for (let index = 1; index < heads.length; index += 1) if (before(heads[index], heads[best])) best = index;
			const head = heads[best];
			yield head.value;
			const next = head.rest.next();
			if (next.done) heads.splice(best, 1);
			else head.value = next.value;
		}
	} };
}
function writeRun(items, codec) {
	const path = spillPath("run", "jsonl");
	const fd = (0, node_fs.openSync)(path, "wx", 384);
	try {
		let text = "";
		for (const item of items) {
			text += `${JSON.stringify(codec.toRow(item))}\n`;
			if (text.length >= READ_BYTES$1) {
				(0, node_fs.writeSync)(fd, text);
				text = "";
			}
		}
		(0, node_fs.writeSync)(fd, text);
	} finally {
		(0, node_fs.closeSync)(fd);
	}
	return path;
}
function readRun(path, codec) {
	return { *[Symbol.iterator]() {
		const fd = (0, node_fs.openSync)(path, "r");
		try {
			const buffer = Buffer.allocUnsafe(READ_BYTES$1);
			const decoder = new node_string_decoder.StringDecoder("utf8");
			let rest = "";
			for (let read = (0, node_fs.readSync)(fd, buffer); read > 0; read = (0, node_fs.readSync)(fd, buffer)) {
				const text = rest + decoder.write(buffer.subarray(0, read));
				const end = text.lastIndexOf("\n");
				rest = text.slice(end + 1);
				if (end === -1) continue;
				for (const row of JSON.parse(`[${text.slice(0, end).replaceAll("\n", ",")}]`)) yield codec.fromRow(row);
			}
		} finally {
			(0, node_fs.closeSync)(fd);
		}
	} };
}
function spillPath(kind, extension) {
	return (0, node_path.join)(spillFolder(), `${kind}-${spilled += 1}.${extension}`);
}
function spillFolder() {
	if (folder) return folder;
	folder = (0, node_fs.mkdtempSync)((0, node_path.join)((0, node_os.tmpdir)(), "session-doctor-diagnostics-"));
	removeAtExit(folder);
	return folder;
}
function removeAtExit(path) {
	if (!removing) process.once("exit", () => toRemove.forEach((each) => (0, node_fs.rmSync)(each, {
		recursive: true,
		force: true
	})));
	removing = true;
	toRemove.add(path);
}
function handOver(path) {
	if (!workerThreads().isMainThread) toRemove.delete(path);
}
var ITEMS_IN_MEMORY, MAX_RUNS, READ_BYTES$1, DEFAULT_LIMITS, SortedLog, folder, spilled, toRemove, removing;
var init_sorted_runs = __esmMin((() => {
	init_builtins();
	ITEMS_IN_MEMORY = 16384;
	MAX_RUNS = 32;
	READ_BYTES$1 = 65536;
	DEFAULT_LIMITS = {
		inMemory: ITEMS_IN_MEMORY,
		runs: MAX_RUNS
	};
	SortedLog = class {
		compare;
		codec;
		limits;
		#batch = [];
		#runs = [];
		#length = 0;
		onSpill;
		constructor(compare, codec, limits = DEFAULT_LIMITS) {
			this.compare = compare;
			this.codec = codec;
			this.limits = limits;
		}
		get batch() {
			return this.#batch;
		}
		get length() {
			return this.#length;
		}
		push(item) {
			this.#batch.push(item);
			this.#length += 1;
			if (this.#batch.length >= this.limits.inMemory) this.#spillBatch();
		}
		finish() {
			this.#batch.sort(this.compare);
			return {
				runs: this.#runs,
				memory: this.#batch,
				length: this.#length
			};
		}
		#spillBatch() {
			this.#batch.sort(this.compare);
			this.#runs.push(writeRun(this.#batch, this.codec));
			this.#batch = [];
			this.onSpill?.();
			if (this.#runs.length >= this.limits.runs) {
				const merged = mergeRuns(this.#runs.map((run) => readRun(run, this.codec)), this.compare);
				const runs = this.#runs;
				this.#runs = [writeRun(merged, this.codec)];
				for (const run of runs) (0, node_fs.rmSync)(run, { force: true });
			}
		}
	};
	spilled = 0;
	toRemove = /* @__PURE__ */ new Set();
	removing = false;
}));
// dist/checking/diagnostic-list.js
function compareBy(ruleOrder) {
	return (a, b) => a.line - b.line || ruleOrder.get(a.rule) - ruleOrder.get(b.rule);
}
function someOf(list, test) {
	for (const diagnostic of list) if (test(diagnostic)) return true;
	return false;
}
function filtered(list, keep) {
	if (Array.isArray(list)) return list.filter(keep);
	return picked(list, (diagnostic) => keep(diagnostic) ? diagnostic : void 0);
}
function picked(items, pick, count) {
	let length;
	return {
		get length() {
			if (length === void 0 && count) length = count();
			if (length === void 0) {
				length = 0;
				for (const item of items) if (pick(item) !== void 0) length += 1;
			}
			return length;
		},
		*[Symbol.iterator]() {
			for (const item of items) {
				const made = pick(item);
				if (made !== void 0) yield made;
			}
		}
	};
}
function mapped(list, change) {
	if (Array.isArray(list)) return list.map(change);
	return {
		length: list.length,
		*[Symbol.iterator]() {
			for (const diagnostic of list) yield change(diagnostic);
		}
	};
}
var DiagnosticLog, SpilledDiagnostics, fromMessage, DIAGNOSTIC_ROWS;
var init_diagnostic_list = __esmMin((() => {
	init_sorted_runs();
	DiagnosticLog = class {
		ruleOrder;
		#log;
		constructor(ruleOrder, limits = DEFAULT_LIMITS) {
			this.ruleOrder = ruleOrder;
			this.#log = new SortedLog(compareBy(ruleOrder), DIAGNOSTIC_ROWS, limits);
		}
		get batch() {
			return this.#log.batch;
		}
		set onSpill(call) {
			this.#log.onSpill = call;
		}
		push(diagnostic) {
			this.#log.push(diagnostic);
		}
		finish() {
			const sorted = this.#log.finish();
			if (sorted.runs.length === 0) return sorted.memory;
			return new SpilledDiagnostics(sorted.runs, sorted.memory, sorted.length, this.ruleOrder);
		}
	};
	SpilledDiagnostics = class SpilledDiagnostics {
		runs;
		memory;
		length;
		ruleOrder;
		extra;
		constructor(runs, memory, length, ruleOrder, extra = []) {
			this.runs = runs;
			this.memory = memory;
			this.length = length;
			this.ruleOrder = ruleOrder;
			this.extra = extra;
		}
		[Symbol.iterator]() {
			const sorted = mergedRuns(this, compareBy(this.ruleOrder), DIAGNOSTIC_ROWS);
			return (this.extra.length === 0 ? sorted : mergeRuns([sorted, this.extra], (a, b) => a.line - b.line))[Symbol.iterator]();
		}
		release() {
			removeRuns(this);
		}
		withExtra(found) {
			const extra = [...this.extra, ...found].sort((a, b) => a.line - b.line);
			return new SpilledDiagnostics(this.runs, this.memory, this.length + found.length, this.ruleOrder, extra);
		}
		toMessage() {
			for (const run of this.runs) handOver((0, node_path.dirname)(run));
			return {
				runs: this.runs,
				memory: this.memory,
				length: this.length,
				ruleOrder: [...this.ruleOrder],
				extra: this.extra
			};
		}
		static fromMessage(message) {
			for (const run of message.runs) removeAtExit((0, node_path.dirname)(run));
			return new SpilledDiagnostics(message.runs, message.memory, message.length, new Map(message.ruleOrder), message.extra);
		}
	};
	fromMessage = (message) => "spilled" in message ? SpilledDiagnostics.fromMessage(message.spilled) : message;
	DIAGNOSTIC_ROWS = {
		toRow: ({ rule, code, severity, line, message, callId, fixable, applicability, endLine, repair }) => [
			rule,
			code,
			severity,
			line,
			message,
			callId ?? null,
			fixable,
			applicability ?? null,
			endLine ?? null,
			repair ?? null
		],
		fromRow: (row) => {
			const [rule, code, severity, line, message, callId, fixable, applicability, endLine, repair] = row;
			return {
				rule,
				code,
				severity,
				line,
				message,
				...callId !== null && { callId },
				fixable,
				...applicability !== null && { applicability },
				...endLine !== null && { endLine },
				...repair !== null && { repair }
			};
		}
	};
}));
// dist/cli/common-run.js
var common_run_exports = /* @__PURE__ */ __exportAll({
	checkOptionsOf: () => checkOptionsOf,
	displayName: () => displayName,
	finish: () => finish,
	parseReporter: () => parseReporter,
	pathsToCheck: () => pathsToCheck,
	refuseSessionReportFiles: () => refuseSessionReportFiles,
	reportTargets: () => reportTargets,
	withConfig: () => withConfig
});
function parseReporter(spec) {
	const colon = spec.indexOf(":");
	const format = colon === -1 ? spec : spec.slice(0, colon);
	const file = colon === -1 ? void 0 : spec.slice(colon + 1);
	if (!REPORT_FORMATS.includes(format)) throw new UsageError(`--reporter ${spec}: unknown format "${format}" (choose from ${REPORT_FORMATS.join(", ")})`);
	if (file === "") throw new UsageError(`--reporter ${spec}: no file after the colon (write ${format} for stdout)`);
	return {
		format,
		...file !== void 0 && file !== "-" && { file }
	};
}
async function withConfig(args, flags) {
	const cwd = process.cwd();
	const loaded = flags.config === false ? void 0 : await loadConfig({
		cwd,
		...flags.config !== void 0 && { file: flags.config }
	});
	const config = loaded?.config ?? {};
	const severities = mergeSeverities(config.rules, args.select);
	const format = flags.format ?? config.format ?? "stylish";
	let reporters;
	if (flags.reporters.length > 0) {
		if (flags.format === void 0 && args.outputFile !== void 0) throw new UsageError("--output-file goes with --format; with --reporter, write FORMAT:FILE");
		reporters = [...flags.format !== void 0 ? [{
			format,
			...args.outputFile !== void 0 && { file: args.outputFile }
		}] : [], ...flags.reporters.map(parseReporter)];
		if (reporters.filter((target) => target.file === void 0).length > 1) throw new UsageError("only one report can go to stdout: give the others a file (--reporter FORMAT:FILE)");
		const files = reporters.flatMap((target) => target.file === void 0 ? [] : [(0, node_path.resolve)(cwd, target.file)]);
		const twice = files.find((file, index) => files.indexOf(file) !== index);
		if (twice !== void 0) throw new UsageError(`two reports would be written to ${twice}`);
	}
	return {
		...args,
		format,
		...reporters && { reporters },
		...severities && { severities },
		...loaded && config.ignores && config.ignores.length > 0 && { ignored: ignoreMatcher(config.ignores, loaded.folder, cwd) }
	};
}
async function pathsToCheck(args) {
	const paths = [...args.paths];
	if (args.filesFrom !== void 0) {
		const source = args.filesFrom === "-" ? process.stdin : (0, node_fs.createReadStream)(args.filesFrom);
		try {
			paths.push(...await readPathList(source, { nul: args.nullSeparated === true }));
		} catch (error) {
			throw new InputError(args.filesFrom, `cannot read the path list: ${error.message}`);
		}
		return withoutIgnored(paths, args.ignored);
	}
	if (paths.length > 0) return withoutIgnored(paths, args.ignored);
	const codex = codexSessionStore(process.env);
	const claude = claudeProjectsStore(process.env);
	const stores = [{
		path: codex,
		name: `the Codex session store ${codex}`
	}, {
		path: claude,
		name: `the Claude Code store ${claude}`
	}].filter((store) => (0, node_fs.existsSync)(store.path));
	if (stores.length === 0) throw new InputError(codex, `no paths given, and there is no Codex session store here, nor a Claude Code store at ${claude}`);
	process.stderr.write(`session-doctor: no paths given; checking ${stores.map((store) => store.name).join(" and ")}\n`);
	return withoutIgnored(stores.map((store) => store.path), args.ignored);
}
async function withoutIgnored(paths, ignored) {
	if (!ignored) return paths;
	const kept = [];
	for (const path of paths) {
		if (path === "-") {
			kept.push(path);
			continue;
		}
		const found = await findSessionFiles([path]);
		for (const input of found) if ("error" in input || !ignored(input.path)) kept.push(input.path);
		else if (found.length === 1 && input.path === path) process.stderr.write(`session-doctor: warning: ${printable(path)}: ignored by the config file's "ignores", not checked (use --no-config to check it)\n`);
	}
	return kept;
}
function displayName(args, path) {
	return path === "-" && args.stdinFilename ? args.stdinFilename : path;
}
function reportTargets(args) {
	return args.reporters ?? [{
		format: args.format,
		...args.outputFile !== void 0 && { file: args.outputFile }
	}];
}
function refuseSessionReportFiles(args) {
	for (const { file } of reportTargets(args)) if (file !== void 0 && SESSION_NAME.test(file)) throw new UsageError(`${file}: the report file looks like a session file; -o/--output-file names the report (to write the repaired session there: fix --copy-to ${file})`);
}
async function finish(command, args, results, reportStream = process.stdout) {
	const fullSummary = summarize(results);
	const shown = args.quiet ? results.map((result) => isUnreadable(result) ? result : {
		...result,
		diagnostics: filtered(result.diagnostics, (d) => d.severity === "error")
	}) : results;
	const summary = args.quiet ? summarize(shown) : fullSummary;
	const targets = reportTargets(args);
	const failures = [];
	const stepSummary = process.env.GITHUB_STEP_SUMMARY;
	if (!(reportStream === process.stderr && targets.some((target) => target.file === void 0))) {
		for (const result of results) if (isUnreadable(result)) process.stderr.write(`session-doctor: ${printable(result.path)}: ${printable(result.error)}\n`);
	}
	for (const target of targets) {
		const chalk = makeChalk({
			flag: args.color,
			env: process.env,
			isTTY: target.file === void 0 && reportStream.isTTY === true
		});
		const workspace = target.format === "github" ? process.env.GITHUB_WORKSPACE || void 0 : void 0;
		const context = {
			command,
			summary,
			chalk,
			toolVersion: VERSION,
			cwd: process.cwd(),
			...workspace && { root: workspace },
			...args.statistics && { statistics: true },
			...stepSummary && { jobSummary: true }
		};
		const pieces = REPORT_CHUNKS[target.format](shown, context);
		try {
			await writeReport(pieces, target.file, reportStream);
		} catch (error) {
			failures.push(error);
		}
	}
	if (stepSummary && targets.some((target) => target.format === "github")) {
		const root = process.env.GITHUB_WORKSPACE || process.cwd();
		const markdown = githubStepSummary(shown, {
			command,
			summary,
			chalk: makeChalk({
				flag: false,
				env: {},
				isTTY: false
			}),
			toolVersion: VERSION,
			cwd: process.cwd(),
			root
		});
		await (0, node_fs_promises.appendFile)(stepSummary, markdown).catch((error) => process.stderr.write(`session-doctor: cannot write the job summary ${stepSummary}: ${error.message}\n`));
	}
	if (failures.length > 0) throw failures[0];
	if (results.length === 0) process.stderr.write("session-doctor: no session files (*.jsonl, *.ndjson) found\n");
	return exitCode(fullSummary, args.maxWarnings);
}
var checkOptionsOf, SESSION_NAME;
var init_common_run = __esmMin((() => {
	init_apply();
	init_ignores();
	init_load_config();
	init_find_session_files();
	init_github();
	init_reporting();
	init_results();
	init_input_error();
	init_version();
	init_colour();
	init_exit_code();
	init_inputs();
	init_report_output();
	init_usage_error();
	init_diagnostic_list();
	init_diagnostic();
	checkOptionsOf = (args) => ({
		...args.select && { select: args.select },
		...args.ignore && { ignore: args.ignore },
		...args.severities && { severities: args.severities },
		...args.inputFormat !== "auto" && { format: args.inputFormat }
	});
	SESSION_NAME = /\.(jsonl|ndjson|jsonl\.zst)$/;
}));
// dist/reading/json-dialect.js
function scanDeferrals(dialect) {
	if (!dialect) return void 0;
	return {
		...dialect.maxDepth !== void 0 && { maxDepth: dialect.maxDepth },
		longIntegers: dialect.int64 === true,
		surrogateEscapes: dialect.loneSurrogates === true
	};
}
function dialectViolation(text, value, dialect) {
	const reason = violation(text, value, dialect);
	return reason === void 0 ? void 0 : `${dialect.reader} rejects it: ${reason}`;
}
function violation(text, value, dialect) {
	if (dialect.maxDepth !== void 0 && deeperThan(value, dialect.maxDepth)) return `nested deeper than ${dialect.maxDepth} levels`;
	if (dialect.int64) {
		const integer = outOfRangeInteger(text);
		if (integer !== void 0) return `the integer ${integer.length > 40 ? `${integer.slice(0, 40)}\u2026` : integer} fits no 64-bit integer`;
	}
	const where = dialect.loneSurrogates ? loneSurrogateIn(value) : void 0;
	return where === void 0 ? void 0 : `a lone surrogate escape in ${where}`;
}
function deeperThan(value, limit) {
	const stack = [[value, 1]];
	while (stack.length > 0) {
		const [node, depth] = stack.pop();
		if (depth > limit) return true;
		for (const child of Object.values(node)) if (typeof child === "object" && child !== null) stack.push([child, depth + 1]);
	}
	return false;
}
function outOfRangeInteger(text) {
	let inString = false;
	for (let i = 0; i < text.length; i += 1) {
		const code = text.charCodeAt(i);
		if (inString) {
			if (code === 92) i += 1;
			else if (code === 34) inString = false;
		} else if (code === 34) inString = true;
		else if (code === 45 || isDigit(code)) {
			let end = i + 1;
			while (end < text.length && isDigit(text.charCodeAt(end))) end += 1;
			const digitsEnd = end;
			while (end < text.length && /[\d.eE+-]/.test(text[end])) end += 1;
			if (end === digitsEnd && digitsEnd - i >= 19) {
				const literal = text.slice(i, end);
				const n = BigInt(literal);
				if (n < INT64_MIN || n > UINT64_MAX) return literal;
			}
			i = end - 1;
		}
	}
}
function loneSurrogateIn(value) {
	const stack = [[value, ""]];
	while (stack.length > 0) {
		const [node, at] = stack.pop();
		if (typeof node === "string") {
			if (hasLoneSurrogate(node)) return at || "the line";
		} else if (typeof node === "object" && node !== null) for (const [key, child] of Object.entries(node)) {
			const childPath = at === "" ? key : `${at}.${key}`;
			if (hasLoneSurrogate(key)) return `a key of ${at || "the line"}`;
			stack.push([child, childPath]);
		}
	}
}
var INT64_MIN, UINT64_MAX, isDigit, hasLoneSurrogate;
var init_json_dialect = __esmMin((() => {
	INT64_MIN = -(2n ** 63n);
	UINT64_MAX = 2n ** 64n - 1n;
	isDigit = (code) => code >= 48 && code <= 57;
	hasLoneSurrogate = (text) => !text.isWellFormed();
}));
// dist/reading/json-kernel/kernel-wasm.js
var KERNEL_WASM;
var init_kernel_wasm = __esmMin((() => {
	KERNEL_WASM = "AGFzbQEAAAABJwdgAAF/YAN/f38AYAJ/fwBgAX8Bf2ADf39/AX9gA39/fwF+YAF/AAMdHAAAAAAAAAAAAAAAAAAAAAECAwMEBQUGAAYAAwUEBQFwAQEBBQMBAAMGCAF/AUGwwwgLB4MCGAZtZW1vcnkCAAVuYW1lcwAACm5hbWVTdGFydHMAAQtuYW1lTGVuZ3RocwACDWZpcnN0Q2hpbGRyZW4AAwxuZXh0U2libGluZ3MABA1maXJzdEVsZW1lbnRzAAUFa2luZHMABgdlc2NhcGVkAAcMZWxlbWVudEtpbmRzAAgGc3RhcnRzAAkEZW5kcwAKBmNvdW50cwALBmNhY2hlZAAMC2dlbmVyYXRpb25zAA0HcmVwZWF0cwAODHNldERlZmVycmFscwAPCXNldEZpZWxkcwAQB3Jlc2VydmUAEQRzY2FuABIEbGluZQAXBGxvYWQAGARyZXN0ABkIbmV4dExpbmUAGgq3VhwIAEGQiICAAAsIAEGQmICAAAsIAEGQmoCAAAsIAEGQnICAAAsIAEGQnoCAAAsIAEGQoICAAAsIAEGQooCAAAsIAEHQooCAAAsIAEGQo4CAAAsIAEHQo4CAAAsIAEHQpYCAAAsIAEHQp4CAAAsIAEHQqYCAAAsIAEHQq4CAAAsIAEHQrYCAAAswAEEAIAE2ApCugIAAQQAgAjYClK6AgABBACAAQYAIIABBf2pB/wdJGzYCgIiAgAAL3wcEBX8BfgR/AXsjgICAgABBkAJrIgIkgICAgABBACABNgKEiICAAAJAIABBAUgNAEGgroCAACEDQQAhBCAAIQUDQAJAAkAgBEGQmoCAAGooAgAiBkEBTg0AQgAhBwwBCyAEQZCYgIAAaigCACIIQZCIgIAAajEAACEHIAZBf2oiBkEHIAZBB0kbIgZFDQAgCEGRiICAAGoxAABCCIYgB4QhByAGQQFqIgZBAkYNACAIQZKIgIAAajEAAEIQhiAHhCEHIAZBA0YNACAIQZOIgIAAajEAAEIYhiAHhCEHIAZBBEYNACAIQZSIgIAAajEAAEIghiAHhCEHIAZBBUYNACAIQZWIgIAAajEAAEIohiAHhCEHIAZBBkYNACAIQZaIgIAAajEAAEIwhiAHhCEHIAZBB0YNACAIQZeIgIAAajEAAEI4hiAHhCEHCyADIAc3AwAgBEEEaiEEIANBCGohAyAFQX9qIgUNAAsLAkAgAEEASA0AQX8hCQNAAkACQCAJQX9KDQAgAiABNgKIAkF/IQQgASEKDAELIAIgCUECdCIEQZCcgIAAaigCACIKNgKIAiAEQZCggIAAaigCACEECyACIAQ2AowCAkAgCkF/Rg0AQQAhBiACIQhBAiELIAohAwNAIAgiBCADNgIAIAsiBUEBaiELIARBBGohCCAGQQFqIQYgA0ECdEGQnoCAAGooAgAiA0F/Rw0ACyAKQQZ0IghB0LKAgABq/Qz/////////////////////Igz9CwQAIAhBwLKAgABqIAz9CwQAIAhBsLKAgABqIAz9CwQAIAhBoLKAgABqIAz9CwQAA0AgBCgCACIDQaDSgIAAaiAIIANBAnRBkJqAgABqKAIAIgZBPyAGQT9JG2pBoLKAgABqIgYtAAA6AAAgBiADOgAAIARBfGohBCAFQX9qIgVBAUoNAAsLAkAgAigCjAIiCkF/Rg0AQQAhBiACIQhBAiELIAohAwNAIAgiBCADNgIAIAsiBUEBaiELIARBBGohCCAGQQFqIQYgA0ECdEGQnoCAAGooAgAiA0F/Rw0ACyAKQQZ0IghB0LKAgABq/Qz/////////////////////Igz9CwQAIAhBwLKAgABqIAz9CwQAIAhBsLKAgABqIAz9CwQAIAhBoLKAgABqIAz9CwQAA0AgBCgCACIDQaDSgIAAaiAIIANBAnRBkJqAgABqKAIAIgZBPyAGQT9JG2pBoLKAgABqIgYtAAA6AAAgBiADOgAAIARBfGohBCAFQX9qIgVBAUoNAAsLIAlBAWoiCSAARw0ACwsgAkGQAmokgICAgAALbwEDf0EAIQECQCAAQW9LDQBBsMOIgAAhASAAQRBqIgJBACgC4NKAgABNDQBBsMOIgAAhAQJAIAI/AEEQdEGww4iAAGsiA00NACAAIANrQY+ABGpBEHZAAEF/Rw0AQQAPC0EAIAI2AuDSgIAACyABC6cFAwF7CH8CewJAAkAgAEEQTw0A/QwAAAAAAAAAAAAAAAAAAAAAIQFBACECDAEL/QwAAAAAAAAAAAAAAAAAAAAAIQFBACEDA0BBsMOIgAAgA2r9AAAAIAH9UCEBIANBIGohBCADQRBqIgIhAyAEIABNDQALCyAB/WQhAwJAIAIgAE8NAAJAIAAgAmsiBUEESQ0A/QwAAAAAAAAAAAAAAAAAAAAAIAP9HAAhASAFQXxxIgZBfGoiA0ECdkEBaiIEQQNxIQcCQAJAIANBDE8NAEEAIQQMAQtBsMOIgAAgAmohCCAEQfz///8HcSEJQQAhBANAIAH9DAAAAAAAAAAAAAAAAAAAAAAiCiAIIARqIgMoAAD9Ef0MgICAgAAAAAAAAAAAAAAAACIL/U79DRABAgMRBQYHEgkKCxMNDg/9UCAKIANBBGooAAD9ESAL/U79DRABAgMRBQYHEgkKCxMNDg/9UCAKIANBCGooAAD9ESAL/U79DRABAgMRBQYHEgkKCxMNDg/9UCAKIANBDGooAAD9ESAL/U79DRABAgMRBQYHEgkKCxMNDg/9UCEBIARBEGohBCAJQXxqIgkNAAsLAkAgB0UNAEGww4iAACACIARqaiEDA0AgAf0MAAAAAAAAAAAAAAAAAAAAACADKAAA/RH9DICAgIAAAAAAAAAAAAAAAAD9Tv0NEAECAxEFBgcSCQoLEw0OD/1QIQEgA0EEaiEDIAdBf2oiBw0ACwsgASABIAH9DQgJCgsMDQ4PAAAAAAAAAAD9UCIBIAEgAf0NBAUGBwAAAAAAAAAAAAAAAP1Q/RsAIQMgBSAGRg0BIAIgBmohAgsDQCADQbDDiIAAIAJqLQAAQYABcXIhAyAAIAJBAWoiAkcNAAsLQQAgACADQQBHEJOAgIAAC9opCQF/AXsGfwF+BH8CfgV/AX4CfyOAgICAAEEQayIDJICAgIAAQQD9DAAAAAAAAAAAAAAAAAAAAAAiBP0LBJCjgIAAQQAgBP0LBJCigIAAQQAgBP0LBKCigIAAQQAgBP0LBKCjgIAAQQAgBP0LBLCigIAAQQAgBP0LBLCjgIAAQQAgBP0LBMCigIAAQQAgBP0LBMCjgIAAAkACQAJAIAAgAU8NAANAQbDDiIAAIABqLQAAQXdqIgVBF0sNAUEBIAV0QZOAgARxRQ0BIAEgAEEBaiIARw0ADAILC0F/IQYgACABTw0BQbDDiIAAIABqLQAAQfsARw0BQfsAIQVBACEHQX8hBgNAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgB0EASg0AQX8hCEEBIQkgBUHfAXFB2wBHDQEgBUH/AXFB+wBGIQoMCQsCQCAHQYDTgIAAai0AAA0AIAdBAnRBkNuAgABqKAIAIghBf0YNACAIQQJ0QdCngIAAaiIKIAooAgBBAWo2AgBBACEJIAVB3wFxQdsARw0BIAVB/wFxQfsARiEKDAkLIAVB3wFxQdsARg0BQX8hCEEBIQkLIAAgASADQQ9qEJSAgIAAIgtCf1cNEgJAIAMtAA8iBUEBRyIKDQAgBkF/Rg0AIAZB0KKAgABqQQAtAKSbgYAAOgAACyAGQX9GDQMgBkGQooCAAGogBToAACAGQQJ0IgxB0KOAgABqIAAgBUEBRiIIajYCACAMQdClgIAAaiALpyIFIAhrNgIAIAoNBEF/IQhB0KmAgAAhCiAFIABrIg1BfmoiCUEwSw0GQQAtAKSbgYAAQQFxDQYgBkHQrYCAAGotAABFDQZBsMOIgAAgAGoiDkEBaiIPKQAAIRAgCUEHSw0BIBBCfyAJQQN0rYZCf4WDIQtCACERDAILAkAgBkF/Rg0AIAVB/wFxIg9B+wBGIQpBfyEIQQEhCSAGQQJ0IgVBkJyAgABqKAIAQX9HDQdBfyEIIAVBkKCAgABqKAIAQX9HDQcgBkGQooCAAGpBA0EEIA9B+wBGGzoAAAsgACABIAcQlYCAgAAiC0IAUw0RIAunIQUMBwtCACERIBAhCyAJQQhGDQAgDyAJakF4aikAAEKV+Kn6l7fem55/fiERIBAhCwsgCUEBaiISIAsgCa2FIBGFQs2Z1ur++uuof35CNoinIhNBsJuEgABqIhQtAAAiBkYhFSAJRQ0CIBIgBkcNAiAJQQN0IQggE0EwbEGwm4GAAGohFkEAIQYgCSEKA0AgFiAGaikDACELAkACQCAKQQhJDQAgDyAGaikAACERDAELIA8gBmopAABCfyAIrYZCf4UiF4MhESALIBeDIQsLIAsgEVEhFSALIBFSDQMgCkF4aiEKIAhBQGohCCAGQQhqIgYgCUkNAAwDCwsgCQ0AIAhBAnRBkKCAgABqKAIAIgBBf0YNAANAIABBkKOAgABqIgUgBS0AAEGAAXI6AAAgAEECdEGQnoCAAGooAgAiAEF/Rw0ACwsgC6chBQwDCwJAAkAgFUUNACATQQJ0QbCjhIAAaigCACEIDAELAkAgCUUNACATQTBsIhZBsJuBgABqIhggEKc6AAAgCUEBRg0AQQEhBgJAIA1BfWoiDUEQSQ0AIA1BcHEiGUFwaiIKQQR2QQFqIghBA3EhCUEAIQYCQCAKQTBJDQAgCEH8////AXEhFUEAIQYDQCAYIAZqIgpBAWogDiAGaiIIQQJq/QAAAP0LAAAgCkERaiAIQRJq/QAAAP0LAAAgCkEhaiAIQSJq/QAAAP0LAAAgCkExaiAIQTJq/QAAAP0LAAAgBkHAAGohBiAVQXxqIhUNAAsLAkAgCUUNAANAIBYgBkEBciIKakGwm4GAAGogDyAKav0AAAD9CwAAIAZBEGohBiAJQX9qIgkNAAsLIA0gGUYNASAZQQFyIQYLIAAgBmohACAFQX5qIQogFiAGakGwm4GAAGohBgNAIAZBsMOIgAAgAGpBAWotAAA6AAAgBkEBaiEGIAogAEEBaiIARw0ACwsgFCASOgAAIBNBAnRBsKOEgABqIgAgACgCAEEBaiIINgIACyAMQdCpgIAAaiATNgIAQdCrgIAAIQoLIAogDGogCDYCAAwBCyAHQQAoAoCIgIAARg0KIAdBgdOAgABqIAo6AAAgB0EBaiEPAkACQAJAAkACQAJAAkACQAJAAkAgBkF/Rw0AIApFDQEgB0UNBiAJDQQgD0ECdEGg+4CAAGogCEECdEGQoICAAGooAgA2AgAMCAsgBkGQooCAAGpBA0EEIAobOgAAIAoNBCAGQQJ0IgVBkKCAgABqKAIAQX9HDQELIA9BAnRBkNuAgABqQX82AgAMAQsgBUHQp4CAAGpBADYCACAPQQJ0QZDbgIAAaiAGNgIACyAJDQUgCEECdEGQoICAAGooAgAiBUF/Rg0FA0AgBUGQo4CAAGoiBiAGLQAAQYABcjoAACAFQQJ0QZCegIAAaigCACIFQX9HDQAMBgsLIA9BAnRBoPuAgABqQX82AgAMBAsgBw0BCyAPQQJ0QaD7gIAAakEAKAKEiICAADYCACAJRQ0BDAILIA9BAnRBoPuAgABqIAZBAnRBkJyAgABqKAIANgIAIAkNAQsgCEECdEGQoICAAGooAgAiBUF/Rg0AA0ACQCAFQZCigIAAaiIGLQAARQ0AIAUQloCAgAAgBkEAOgAACyAFQQJ0QZCegIAAaigCACIFQX9HDQALCwJAIABBAWoiACABTw0AA0BBsMOIgAAgAGotAABBd2oiBUEXSw0BQQEgBXRBk4CABHFFDQEgASAAQQFqIgBGDQwMAAsLIAAgAU8NAQJAQf0AQd0AIAobQbDDiIAAIABqIgUtAABHDQAgAEEBaiEFIAdBAUgNASAKQQFzDQEgB0GA04CAAGotAAANASAHQQJ0QZDbgIAAaigCACIAQX9GDQEgAEECdEGQoICAAGooAgAiAEF/Rg0BA0AgAEGQo4CAAGoiBiAGLQAAQQEgAEGQooCAAGotAAB0cjoAACAAQQJ0QZCegIAAaigCACIAQX9HDQAMAgsLQX8hBiAKRQ0IQX8hBiAFLQAAQSJHDQsgD0ECdEGg+4CAAGooAgAhDEEAIQlBAEEAOgCkm4GAAEEAKAKUroCAACEVIABBAWoiFiEFA0ACQAJAIAVBEGoiByABTQ0AIAUgAU8NAQNAQbDDiIAAIAVqLQAAIgdBIkYNAiAHQdwARg0CIAdBIEkNAiABIAVBAWoiBUcNAAwPCwtBsMOIgAAgBWohCiAHIQUgCv0AAAAiBP0MXFxcXFxcXFxcXFxcXFxcXP0jIAT9DCIiIiIiIiIiIiIiIiIiIiL9I/1QIAT9DCAgICAgICAgICAgICAgICD9Jv1Q/WQiCkUNASAKaCAHakFwaiEFCyAFIAFPDQwCQAJAQbDDiIAAIAVqIggtAAAiB0HcAEYNACAHQSJHDQ5BfyEKIAxBf0YNCiAJQQFxDQ1BfyEKIAxBBnQgBSAWayIGQT8gBkE/SRtqQaCygIAAaiwAACIHQX9GDQpBsMOIgAAgFmopAAAhCyAGQQdLDQEgC0J/IAZBA3SthkJ/hYMhCwwIC0EAQQE6AKSbgYAAIAVBAWoiCiABTw0NQQIhBwJAAkBBsMOIgAAgCmotAABBXmoOVAEPDw8PDw8PDw8PDw8BDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8PDw8BDw8PDw8BDw8PAQ8PDw8PDw8BDw8PAQ8BAA8LIAVBBWoiByABTw0OAkAgCEECai0AACIKQUZqQf8BcUH1AUsNACAKQSByQZl/akH/AXFB+gFJDQ8LAkAgCEEDai0AACIJQUZqQf8BcUH1AUsNACAJQSByQZl/akH/AXFB+gFJDQ8LAkAgCEEEai0AACIIQUZqQf8BcUH1AUsNACAIQSByQZl/akH/AXFB+gFJDQ8LAkBBsMOIgAAgB2otAAAiB0FGakH/AXFB9QFLDQAgB0EgckGZf2pB/wFxQfoBSQ0PC0EGIQcgFUUNACAKQd8BcUHEAEcNACAJQf8BcUE3Sw0OCyAHIAVqIQVBASEJDAELCyAGQQhGDQUgAEEJaiEIA0ACQCAHQQJ0IgBBkJqAgABqKAIAIAZHDQAgB0EDdEGgroCAAGopAwAgC1INACAAQZCYgIAAaigCAEGYiICAAGohACAIIQoDQCAALQAAQbDDiIAAIApqLQAARw0BIABBAWohACAFIApBAWoiCkYNCQwACwtBfyEKIAdBoNKAgABqLAAAIgdBf0cNAAwICwsDQAJAIAUgAU8NAANAQbDDiIAAIAVqLQAAQXdqIgBBF0sNAUEBIAB0QZOAgARxRQ0BIAEgBUEBaiIFRw0ACyABIQULAkAgBw0AIAJBfyAFIAFGGyEGDAwLQX8hBiAFIAFPDQsCQEGww4iAACAFai0AACIAQSxHDQACQCAFQQFqIgAgAU8NAANAQbDDiIAAIABqLQAAQXdqIgVBF0sNAUEBIAV0QZOAgARxRQ0BIAEgAEEBaiIARw0ACyABIQALAkAgB0GA04CAAGotAAANAEF/IQYgByEPDAoLQX8hBiAAIAFPDQxBsMOIgAAgAGotAABBIkcNDCAHQQJ0QaD7gIAAaigCACEMQQAhD0EAQQA6AKSbgYAAQQAoApSugIAAIRUgAEEBaiIWIQUDQAJAAkAgBUEQaiIKIAFNDQAgBSABTw0BA0BBsMOIgAAgBWotAAAiCkEiRg0CIApB3ABGDQIgCkEgSQ0CIAEgBUEBaiIFRw0ADBALC0Gww4iAACAFaiEIIAohBSAI/QAAACIE/QxcXFxcXFxcXFxcXFxcXFxc/SMgBP0MIiIiIiIiIiIiIiIiIiIiIv0j/VAgBP0MICAgICAgICAgICAgICAgIP0m/VD9ZCIIRQ0BIAhoIApqQXBqIQULIAUgAU8NDQJAAkBBsMOIgAAgBWoiCS0AACIKQdwARg0AIApBIkcND0F/IQogDEF/Rg0IIA9BAXENDkF/IQogDEEGdCAFIBZrIghBPyAIQT9JG2pBoLKAgABqLAAAIgZBf0YNCEGww4iAACAWaikAACELIAhBB0sNASALQn8gCEEDdK2GQn+FgyELDAYLQQBBAToApJuBgAAgBUEBaiIIIAFPDQ5BAiEKAkACQEGww4iAACAIai0AAEFeag5UARAQEBAQEBAQEBAQEAEQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAEQEBAQEAEQEBABEBAQEBAQEAEQEBABEAEAEAsgBUEFaiIKIAFPDQ8CQCAJQQJqLQAAIghBRmpB/wFxQfUBSw0AIAhBIHJBmX9qQf8BcUH6AUkNEAsCQCAJQQNqLQAAIg9BRmpB/wFxQfUBSw0AIA9BIHJBmX9qQf8BcUH6AUkNEAsCQCAJQQRqLQAAIglBRmpB/wFxQfUBSw0AIAlBIHJBmX9qQf8BcUH6AUkNEAsCQEGww4iAACAKai0AACIKQUZqQf8BcUH1AUsNACAKQSByQZl/akH/AXFB+gFJDRALQQYhCiAVRQ0AIAhB3wFxQcQARw0AIA9B/wFxQTdLDQ8LIAogBWohBUEBIQ8MAQsLIAhBCEYNAyAAQQlqIQkDQAJAIAZBAnQiAEGQmoCAAGooAgAgCEcNACAGQQN0QaCugIAAaikDACALUg0AIABBkJiAgABqKAIAQZiIgIAAaiEAIAkhCgNAIAAtAABBsMOIgAAgCmotAABHDQEgAEEBaiEAIAUgCkEBaiIKRg0HDAALC0F/IQogBkGg0oCAAGosAAAiBkF/Rw0ADAYLC0H9AEHdACAHQYDTgIAAai0AACIKGyAARw0LIAVBAWohBSAHQQJIIQAgB0F/aiIGIQcgAA0AIAYhByAKRQ0AIAYhByAGQYDTgIAAai0AAA0AIAYhByAGQQJ0QZDbgIAAaigCACIAQX9GDQAgBiEHIABBAnRBkKCAgABqKAIAIgBBf0YNAANAIABBkKOAgABqIgcgBy0AAEEBIABBkKKAgABqLQAAdHI6AAAgAEECdEGQnoCAAGooAgAiAEF/Rw0ACyAGIQcMAAsLQX8hBiAKRQ0GDAkLA0ACQCAGQQJ0QZCagIAAaigCACAIRw0AIAZBA3RBoK6AgABqKQMAIAtRDQILQX8hCiAGQaDSgIAAaiwAACIGQX9HDQAMAgsLQX8hCiAGQX9GDQACQCAGQZCigIAAai0AAEUNAAJAIAZBAnQiAEGQnICAAGooAgBBf0cNACAAQZCggIAAaigCAEF/Rg0BCyAGEJaAgIAACyAGIQoLAkAgBUEBaiIAIAFPDQADQEGww4iAACAAai0AAEF3aiIFQRdLDQFBASAFdEGTgIAEcUUNAUF/IQYgASAAQQFqIgBHDQAMCAsLQX8hBiAAIAFPDQZBsMOIgAAgAGotAABBOkcNBgJAIABBAWoiACABTw0AA0BBsMOIgAAgAGotAABBd2oiBUEXSw0BQQEgBXRBk4CABHFFDQEgASAAQQFqIgBHDQAMCAsLIAohBiAHIQ8MAwsDQAJAIAdBAnRBkJqAgABqKAIAIAZHDQAgB0EDdEGgroCAAGopAwAgC1ENAgtBfyEKIAdBoNKAgABqLAAAIgdBf0cNAAwCCwtBfyEKIAdBf0YNAAJAIAdBkKKAgABqLQAARQ0AAkAgB0ECdCIAQZCcgIAAaigCAEF/Rw0AIABBkKCAgABqKAIAQX9GDQELIAcQloCAgAALIAchCgsCQCAFQQFqIgAgAU8NAANAQbDDiIAAIABqLQAAQXdqIgVBF0sNAUEBIAV0QZOAgARxRQ0BQX8hBiABIABBAWoiAEcNAAwFCwtBfyEGIAAgAU8NA0Gww4iAACAAai0AAEE6Rw0DAkAgAEEBaiIAIAFPDQADQEGww4iAACAAai0AAEF3aiIFQRdLDQFBASAFdEGTgIAEcUUNASABIABBAWoiAEcNAAwFCwsgCiEGCyAAIAFPDQFBsMOIgAAgAGotAAAhBSAPIQcMAAsLQX8hBgsgA0EQaiSAgICAACAGC9EMBAJ/AXsDfwJ+AkACQAJAAkACQAJAAkACQAJAQbDDiIAAIABqLQAAIgNBXmoODAABAQEBAQEBAQEBAgELIABBAWohAEEAQQA6AKSbgYAAQQAoApSugIAAIQQDQAJAAkAgACIDQRBqIgAgAU0NACADIAFPDQEDQEGww4iAACADai0AACIAQSJGDQIgAEHcAEYNAiAAQSBJDQIgASADQQFqIgNHDQAMCwsLQbDDiIAAIANq/QAAACIF/QxcXFxcXFxcXFxcXFxcXFxc/SMgBf0MIiIiIiIiIiIiIiIiIiIiIv0j/VAgBf0MICAgICAgICAgICAgICAgIP0m/VD9ZCIGRQ0BIAZoIANqIQMLIAMgAU8NCAJAAkBBsMOIgAAgA2oiBy0AACIAQdwARg0AIABBIkYNAQwKC0EAQQE6AKSbgYAAIANBAWoiBiABTw0JQQIhAAJAAkBBsMOIgAAgBmotAABBXmoOVAELCwsLCwsLCwsLCwsBCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsBCwsLCwsBCwsLAQsLCwsLCwsBCwsLAQsBAAsLIANBBWoiACABTw0KAkAgB0ECai0AACIGQUZqQf8BcUH1AUsNACAGQSByQZl/akH/AXFB+gFJDQsLAkAgB0EDai0AACIIQUZqQf8BcUH1AUsNACAIQSByQZl/akH/AXFB+gFJDQsLAkAgB0EEai0AACIHQUZqQf8BcUH1AUsNACAHQSByQZl/akH/AXFB+gFJDQsLAkBBsMOIgAAgAGotAAAiAEFGakH/AXFB9QFLDQAgAEEgckGZf2pB/wFxQfoBSQ0LC0EGIQAgBEUNACAGQd8BcUHEAEcNACAIQf8BcUE3Sw0KCyAAIANqIQAMAQsLIAJBAToAACADrUIBfA8LIANBUGpB/wFxQQlLDQELIAEgAEsgA0EtRnEgAGoiAyABTw0CAkBBsMOIgAAgA2otAAAiBkEwRw0AIANBAWohAwwCCyAGQU9qQf8BcUEISw0CIANBAWoiAyABTw0BA0BBsMOIgAAgA2otAABBUGpB/wFxQQlLDQIgASADQQFqIgNHDQALIAEhAwwDCyACQQZBBSADQe4ARhs6AAACQAJAAkAgA0Gaf2oODwECAgICAgICAgICAgICAAILIAEgAGtBBEkNAUGww4iAACAAaiIGLQAAQfQARw0BIAZBAWotAABB8gBHDQEgAEGww4iAAGoiBkECai0AAEH1AEcNASAGQQNqLQAAQeUARw0BIABBBGqtDwsgASAAa0EFSQ0AQbDDiIAAIABqIgYtAABB5gBHDQAgBkEBai0AAEHhAEcNACAAQbDDiIAAaiIGQQJqLQAAQewARw0AIAZBA2otAABB8wBHDQAgAEGww4iAAGpBBGotAABB5QBHDQAgAEEFaq0PC0J/IQkgASAAa0EESQ0DIANB7gBHDQNBsMOIgAAgAGoiAy0AAEHuAEcNAyADQQFqLQAAQfUARw0DIABBsMOIgABqIgNBAmotAABB7ABHDQMgA0EDai0AAEHsAEcNAyAAQQRqrSEJDAMLAkAgAyABTw0AQbDDiIAAIANqLQAAQS5HDQAgA0EBaiIGIAFPDQEgBiEDAkADQEGww4iAACADai0AAEFQakH/AXFBCUsNASABIANBAWoiA0cNAAsgASEDCyADIAZGDQELIAMgAU8NAUGww4iAACADai0AAEEgckHlAEcNAQJAIANBAWoiBiABTw0AAkBBsMOIgAAgBmotAABBVWoOAwABAAELIANBAmohBgsgBiABTw0AIAYhAwJAA0BBsMOIgAAgA2otAABBUGpB/wFxQQlLDQEgASADQQFqIgNHDQALIAEhAwsgAyAGRw0BCyACQQI6AABCfw8LIAJBAjoAACADrSEKAkBBACgCkK6AgAANACAKDwsCQCADIABrQbDDiIAAIABqLQAAIgZBLUZrQRNPDQAgCg8LQn8hCSADIABNDQAgAEEBaiEBQQEhBwJAA0AgBkH/AXEiAEEuRg0BIABBxQBGDQEgAEHlAEYNASABIANJIQcgAyABRg0BQbDDiIAAIAFqLQAAIQYgAUEBaiEBDAALCyAHQQFxRQ0AIAoPCyAJDwsgAkEBOgAAQn8LuQQEA38BfgF/AX4jgICAgABBEGsiAySAgICAACACIQQCQANAAkACQAJAAkACQEGww4iAACAAai0AACIFQd8BcUHbAEcNAEJ/IQYgBEEAKAKAiICAAEYNBiAEQYHTgIAAaiAFQfsARiIHOgAAAkAgAEEBaiIAIAFPDQADQEGww4iAACAAai0AAEF3aiIFQRdLDQFBASAFdEGTgIAEcUUNASABIABBAWoiAEcNAAsgASEADAULIAAgAU8NBEH9AEHdACAHG0Gww4iAACAAai0AAEcNBCAAQQFqIQAMAQsgACABIANBD2oQlICAgAAiBkIAUw0BIAanIQALIAQgAkYNAQNAAkAgACABTw0AA0BBsMOIgAAgAGotAABBd2oiBUEXSw0BQQEgBXRBk4CABHFFDQEgASAAQQFqIgBHDQAMAwsLQn8hBiAAIAFPDQUCQEGww4iAACAAai0AACIFQSxHDQACQCAAQQFqIgAgAU8NAANAQbDDiIAAIABqLQAAQXdqIgVBF0sNAUEBIAV0QZOAgARxRQ0BIAEgAEEBaiIARw0ACyABIQALIAAgASAEQYDTgIAAai0AABCbgICAACIIQgBTDQYgCKchAAwFC0H9AEHdACAEQYDTgIAAai0AABsgBUcNBSAAQQFqIQAgBEF/aiIEIAJGDQIMAAsLQn8hBgwDCyAArSEGDAILIAAgASAHEJuAgIAAIghCAFMNASAEQQFqIQQgCKchAAwACwsgA0EQaiSAgICAACAGC5MBAQF/AkAgAEECdCIBQZCcgIAAaigCACIAQX9GDQADQCAAQZCigIAAakEAOgAAIAAQloCAgAAgAEECdEGQnoCAAGooAgAiAEF/Rw0ACwsCQCABQZCggIAAaigCACIAQX9GDQADQCAAQZCjgIAAakEAOgAAIAAQloCAgAAgAEECdEGQnoCAAGooAgAiAEF/Rw0ACwsLCABB5NKAgAALGABBACAANgLw0oCAAEEAQQA2AvTSgIAACwsAQQAoAvTSgIAAC4kEBQN/AXsCfwF7AX9BfiEBAkBBACgC9NKAgAAiAkEAKALw0oCAACIDTw0AAkACQAJAIAJBEGogA00NAP0MAAAAAAAAAAAAAAAAAAAAACEEIAIhBQwBC/0MAAAAAAAAAAAAAAAAAAAAACEEIAIhBgNAAkBBsMOIgAAgBmr9AAAAIgf9DAoKCgoKCgoKCgoKCgoKCgr9I/1kIghFDQAgCGggBmohBSAIQQAgCGtxQX9qIAf9ZHEgBP1kciEGDAMLIAcgBP1QIQQgBkEgaiEIIAZBEGoiBSEGIAggA00NAAsLIAT9ZCEGIAUgA08NAANAQbDDiIAAIAVqLQAAIghBCkYNASAGIAhBgAFxciEGIAMgBUEBaiIFRw0ACyADIQULAkACQCAFIANHDQAgAEUNAkEAIQhBACADNgL00oCAAAwBC0EBIQhBACAFQQFqNgL00oCAAAJAIAUgAksNACAFIQMMAQsgBUF/aiIDIAUgA0Gww4iAAGotAABBDUYiCBshA0ECQQEgCBshCAtBACAINgLs0oCAAEEAIAM2AujSgIAAQQAgAjYC5NKAgABBAiEBIAIgA08NACAGQQBHIQggAiEGAkADQEGww4iAACAGai0AAEF3aiIFQRdLDQFBASAFdEGRgIAEcUUNASADIAZBAWoiBkcNAAwCCwsgAiADIAgQk4CAgAAhAQsgAQvKBgQBfgF/AXsDfwJAAkAgAkUNAEJ/IQMgACABTw0BQbDDiIAAIABqLQAAQSJHDQEgAEEBaiECQQBBADoApJuBgABBACgClK6AgAAhBANAAkACQCACIgBBEGoiAiABTQ0AIAAgAU8NAQNAQbDDiIAAIABqLQAAIgJBIkYNAiACQdwARg0CIAJBIEkNAiABIABBAWoiAEcNAAwFCwtBsMOIgAAgAGr9AAAAIgX9DFxcXFxcXFxcXFxcXFxcXFz9IyAF/QwiIiIiIiIiIiIiIiIiIiIi/SP9UCAF/QwgICAgICAgICAgICAgICAg/Sb9UP1kIgZFDQEgBmggAGohAAsgACABTw0CAkACQEGww4iAACAAaiIHLQAAIgJB3ABGDQAgAkEiRw0EIABBAWoiACABTw0BA0BBsMOIgAAgAGotAABBd2oiAkEXSw0CQQEgAnRBk4CABHFFDQIgASAAQQFqIgBHDQAMBQsLQQBBAToApJuBgAAgAEEBaiIGIAFPDQNBAiECAkACQEGww4iAACAGai0AAEFeag5UAQUFBQUFBQUFBQUFBQEFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQEFBQUFBQEFBQUBBQUFBQUFBQEFBQUBBQEABQsgAEEFaiICIAFPDQQCQCAHQQJqLQAAIgZBRmpB/wFxQfUBSw0AIAZBIHJBmX9qQf8BcUH6AUkNBQsCQCAHQQNqLQAAIghBRmpB/wFxQfUBSw0AIAhBIHJBmX9qQf8BcUH6AUkNBQsCQCAHQQRqLQAAIgdBRmpB/wFxQfUBSw0AIAdBIHJBmX9qQf8BcUH6AUkNBQsCQEGww4iAACACai0AACICQUZqQf8BcUH1AUsNACACQSByQZl/akH/AXFB+gFJDQULQQYhAiAERQ0AIAZB3wFxQcQARw0AIAhB/wFxQTdLDQQLIAIgAGohAgwBCwsgACABTw0BQbDDiIAAIABqLQAAQTpHDQEgAEEBaiIAIAFPDQADQEGww4iAACAAai0AAEF3aiICQRdLDQFBASACdEGTgIAEcUUNASABIABBAWoiAEcNAAsgASEACyAAQX8gACABSRutIQMLIAMLCw8BAEGACAsIAAQAAP////8=";
}));
// dist/reading/json-kernel/kernel.js
function kernelModule() {
	if (compiled === void 0) try {
		compiled = typeof WebAssembly === "object" ? new WebAssembly.Module(Buffer.from(KERNEL_WASM, "base64")) : null;
	} catch {
		compiled = null;
	}
	return compiled;
}
var MAX_FIELDS, CACHE_SLOTS, NAME_BYTES, compiled, JsonKernel;
var init_kernel = __esmMin((() => {
	init_kernel_wasm();
	MAX_FIELDS = 64;
	CACHE_SLOTS = 1024;
	NAME_BYTES = 2048;
	JsonKernel = class JsonKernel {
		#exports;
		#heap;
		kinds;
		escaped;
		elementKinds;
		starts;
		ends;
		counts;
		cached;
		generations;
		line;
		input;
		#inputAt;
		#loaded = 0;
		static create(root, repeats, deferrals) {
			const module = kernelModule();
			if (!module || repeats.length > MAX_FIELDS) return void 0;
			const all = [];
			const collect = (list) => list.forEach((field) => (all.push(field), collect(field.children), collect(field.elements)));
			collect(root);
			if (all.reduce((sum, field) => sum + field.name.length, 0) > NAME_BYTES) return void 0;
			const kernel = new JsonKernel(new WebAssembly.Instance(module).exports, root, all);
			new Uint8Array(kernel.#heap.buffer, kernel.#exports.repeats(), MAX_FIELDS).set(repeats);
			kernel.#exports.setDeferrals(deferrals.maxDepth, deferrals.longIntegers ? 1 : 0, deferrals.surrogates ? 1 : 0);
			return kernel;
		}
		constructor(exports, root, all) {
			this.#exports = exports;
			this.#inputAt = exports.reserve(0);
			this.#heap = new Uint8Array(exports.memory.buffer);
			const int32 = (at) => new Int32Array(exports.memory.buffer, at, MAX_FIELDS);
			const [starts, lengths, children, siblings, elements] = [
				exports.nameStarts(),
				exports.nameLengths(),
				exports.firstChildren(),
				exports.nextSiblings(),
				exports.firstElements()
			].map(int32);
			const first = (list) => list[0]?.slot ?? -1;
			const link = (list) => list.forEach((field, index) => siblings[field.slot] = list[index + 1]?.slot ?? -1);
			link(root);
			let at = 0;
			for (const field of all) {
				this.#heap.set(field.name, exports.names() + at);
				starts[field.slot] = at;
				lengths[field.slot] = field.name.length;
				children[field.slot] = first(field.children);
				elements[field.slot] = first(field.elements);
				link(field.children);
				link(field.elements);
				at += field.name.length;
			}
			exports.setFields(all.length, first(root));
			this.#views();
		}
		scan(bytes) {
			const exports = this.#exports;
			const at = exports.reserve(bytes.length);
			if (at === 0) return -1;
			if (this.#heap.buffer !== exports.memory.buffer) this.#views();
			this.#heap.set(bytes, at);
			return exports.scan(bytes.length);
		}
		load(head, tail) {
			const exports = this.#exports;
			const length = head.length + tail.length;
			const at = exports.reserve(length);
			if (at === 0) return false;
			if (this.#heap.buffer !== exports.memory.buffer) this.#views();
			this.#heap.set(head, at);
			this.#heap.set(tail, at + head.length);
			exports.load(length);
			this.#loaded = length;
			return true;
		}
		nextLine(final) {
			return this.#exports.nextLine(final ? 1 : 0);
		}
		rest() {
			return this.input.subarray(this.#exports.rest(), this.#loaded);
		}
		#views() {
			const { memory } = this.#exports;
			const exports = this.#exports;
			this.#heap = new Uint8Array(memory.buffer);
			this.input = Buffer.from(memory.buffer, this.#inputAt, memory.buffer.byteLength - this.#inputAt);
			this.line = new Int32Array(memory.buffer, exports.line(), 3);
			this.kinds = new Uint8Array(memory.buffer, exports.kinds(), MAX_FIELDS);
			this.escaped = new Uint8Array(memory.buffer, exports.escaped(), MAX_FIELDS);
			this.elementKinds = new Uint8Array(memory.buffer, exports.elementKinds(), MAX_FIELDS);
			this.starts = new Int32Array(memory.buffer, exports.starts(), MAX_FIELDS);
			this.ends = new Int32Array(memory.buffer, exports.ends(), MAX_FIELDS);
			this.counts = new Int32Array(memory.buffer, exports.counts(), MAX_FIELDS);
			this.cached = new Int32Array(memory.buffer, exports.cached(), MAX_FIELDS);
			this.generations = new Uint32Array(memory.buffer, exports.generations(), MAX_FIELDS);
		}
	};
}));
// dist/reading/json-scan.js
function skipWhitespace(bytes, i) {
	while (i < bytes.length && isWhitespace(bytes[i])) i += 1;
	return i;
}
function scanString(bytes, words, i) {
	const end = bytes.length;
	const base = bytes.byteOffset;
	sawEscape = false;
	for (;;) {
		let flags = 0;
		while (i + 4 <= end && (flags = stopFlags(words.getInt32(base + i, true))) === 0) i += 4;
		if (flags !== 0) i += 31 - Math.clz32(flags & -flags) >> 3;
		else while (i < end && !isStop(bytes[i])) i += 1;
		if (i >= end) return -1;
		const byte = bytes[i];
		if (byte === QUOTE) return i;
		if (byte !== BACKSLASH) return -1;
		sawEscape = true;
		const escaped = i + 1 < end ? bytes[i + 1] : 0;
		if (SIMPLE_ESCAPE[escaped] === 1) i += 2;
		else if (escaped === 117 && i + 5 < end && HEX[bytes[i + 2]] & HEX[bytes[i + 3]] & HEX[bytes[i + 4]] & HEX[bytes[i + 5]]) {
			if (deferSurrogates && isSurrogateEscape(bytes[i + 2], bytes[i + 3])) return -1;
			i += 6;
		} else return -1;
	}
}
function isLongInteger(bytes, start, end) {
	if (end - start - (bytes[start] === MINUS ? 1 : 0) <= 18) return false;
	for (let i = start; i < end; i += 1) if (bytes[i] === DOT || bytes[i] === 101 || bytes[i] === 69) return false;
	return true;
}
function skipDigits(bytes, i) {
	while (i < bytes.length && bytes[i] >= ZERO && bytes[i] <= NINE) i += 1;
	return i;
}
function scanNumber(bytes, i) {
	if (bytes[i] === MINUS) i += 1;
	const first = i < bytes.length ? bytes[i] : -1;
	if (first === ZERO) i += 1;
	else if (first > ZERO && first <= NINE) i = skipDigits(bytes, i + 1);
	else return -1;
	if (bytes[i] === DOT) {
		const digits = skipDigits(bytes, i + 1);
		if (digits === i + 1) return -1;
		i = digits;
	}
	if (bytes[i] === 101 || bytes[i] === 69) {
		i += 1;
		if (bytes[i] === PLUS || bytes[i] === MINUS) i += 1;
		const digits = skipDigits(bytes, i);
		if (digits === i) return -1;
		i = digits;
	}
	return i;
}
function matchField(fields, bytes, start, end) {
	const length = end - start;
	for (const field of fields) {
		if (field.name.length !== length) continue;
		let same = true;
		for (let k = 0; k < length && same; k += 1) same = field.name[k] === bytes[start + k];
		if (same) return field;
	}
}
var ABSENT, STRING, NUMBER, OBJECT, ARRAY, BOOLEAN, NULL, KIND_NAMES, NOT_AN_OBJECT, QUOTE, BACKSLASH, COMMA, COLON, MINUS, PLUS, DOT, ZERO, NINE, OPEN_OBJECT, CLOSE_OBJECT, OPEN_ARRAY, CLOSE_ARRAY, MAX_DEPTH, SIMPLE_ESCAPE, HEX, LITERALS, StringCache, NO_BYTES$1, NO_WORDS, isWhitespace, sawEscape, deferSurrogates, isStop, stopFlags, isSurrogateEscape, JsonScanner;
var init_json_scan = __esmMin((() => {
	init_kernel();
	init_field_list();
	ABSENT = 0;
	STRING = 1;
	NUMBER = 2;
	OBJECT = 3;
	ARRAY = 4;
	BOOLEAN = 5;
	NULL = 6;
	KIND_NAMES = [
		"absent",
		"string",
		"number",
		"object",
		"array",
		"boolean",
		"null"
	];
	NOT_AN_OBJECT = 128;
	QUOTE = 34;
	BACKSLASH = 92;
	COMMA = 44;
	COLON = 58;
	MINUS = 45;
	PLUS = 43;
	DOT = 46;
	ZERO = 48;
	NINE = 57;
	OPEN_OBJECT = 123;
	CLOSE_OBJECT = 125;
	OPEN_ARRAY = 91;
	CLOSE_ARRAY = 93;
	MAX_DEPTH = 1024;
	SIMPLE_ESCAPE = /* @__PURE__ */ new Uint8Array(256);
	for (const char of "\"\\/bfnrt") SIMPLE_ESCAPE[char.charCodeAt(0)] = 1;
	HEX = /* @__PURE__ */ new Uint8Array(256);
	for (const char of "0123456789abcdefABCDEF") HEX[char.charCodeAt(0)] = 1;
	LITERALS = [
		[BOOLEAN, Buffer.from("true")],
		[BOOLEAN, Buffer.from("false")],
		[NULL, Buffer.from("null")]
	];
	StringCache = class StringCache {
		static MAX_LENGTH = 32;
		#entries = new Array(256).fill(void 0);
		get(bytes, start, end) {
			const length = end - start;
			if (length === 0) return "";
			if (length > StringCache.MAX_LENGTH) return void 0;
			const slot = length * 7 + bytes[start] * 3 + bytes[end - 1] * 5 + bytes[start + (length >> 1)] & 255;
			const cached = this.#entries[slot];
			if (cached !== void 0 && cached.length === length) {
				let same = true;
				for (let k = 0; k < length && same; k += 1) same = cached.charCodeAt(k) === bytes[start + k];
				if (same) return cached;
			}
			for (let i = start; i < end; i += 1) if (bytes[i] >= 128) return void 0;
			const value = bytes.toString("latin1", start, end);
			this.#entries[slot] = value;
			return value;
		}
	};
	NO_BYTES$1 = Buffer.alloc(0);
	NO_WORDS = /* @__PURE__ */ new DataView(/* @__PURE__ */ new ArrayBuffer(0));
	isWhitespace = (byte) => byte === 32 || byte === 10 || byte === 13 || byte === 9;
	sawEscape = false;
	deferSurrogates = false;
	isStop = (byte) => byte === QUOTE || byte === BACKSLASH || byte < 32;
	stopFlags = (x) => ((x ^ 572662306) - 16843009 | (x ^ 1549556828) - 16843009 | x - 538976288) & ~x & 2155905152;
	isSurrogateEscape = (first, second) => (first === 100 || first === 68) && second >= 56;
	JsonScanner = class {
		#list;
		#slotOf;
		#arrayOf;
		#kernel;
		#kinds;
		#starts;
		#ends;
		#escaped;
		#elementKinds;
		#counts;
		#scans = 0;
		#decodedIn;
		#decoded;
		#ascii = false;
		#isObject = /* @__PURE__ */ new Uint8Array(1025);
		#wanted = new Array(1025).fill(void 0);
		#followed = new Array(1025).fill(void 0);
		#strings = new StringCache();
		#cached;
		#generations;
		#slotStrings = [];
		#slotGenerations = new Uint32Array(CACHE_SLOTS);
		#bytes = NO_BYTES$1;
		#words = NO_WORDS;
		#keyField;
		#maxDepth;
		#deferLongIntegers;
		#deferSurrogates;
		constructor(fields, deferrals, options = {}) {
			this.#maxDepth = Math.min(MAX_DEPTH, deferrals?.maxDepth ?? MAX_DEPTH);
			this.#deferLongIntegers = deferrals?.longIntegers ?? false;
			this.#deferSurrogates = deferrals?.surrogateEscapes ?? false;
			const list = this.#list = fields instanceof FieldList ? fields : new FieldList(fields);
			this.#slotOf = list.slotOf;
			this.#arrayOf = list.arrayOf;
			const count = list.slots;
			this.#kinds = new Uint8Array(count);
			this.#starts = new Int32Array(count);
			this.#ends = new Int32Array(count);
			this.#escaped = new Uint8Array(count);
			this.#elementKinds = new Uint8Array(count);
			this.#counts = new Int32Array(count);
			this.#decodedIn = new Int32Array(count);
			this.#decoded = new Array(count).fill(void 0);
			this.#kernel = options.engine === "js" ? void 0 : JsonKernel.create(list.tree, list.repeats, {
				maxDepth: this.#maxDepth,
				longIntegers: this.#deferLongIntegers,
				surrogates: this.#deferSurrogates
			});
		}
		get engine() {
			return this.#kernel ? "wasm" : "js";
		}
		get ascii() {
			return this.#ascii;
		}
		scan(bytes) {
			this.#ascii = false;
			this.#scans = this.#scans + 1 | 0;
			if (this.#kernel) return this.#scanInKernel(bytes, this.#kernel);
			if (bytes.buffer !== this.#words.buffer) this.#words = new DataView(bytes.buffer);
			this.#bytes = bytes;
			const words = this.#words;
			const kinds = this.#kinds;
			kinds.fill(ABSENT);
			this.#elementKinds.fill(0);
			const end = bytes.length;
			const isObject = this.#isObject;
			const wanted = this.#wanted;
			const followed = this.#followed;
			const maxDepth = this.#maxDepth;
			deferSurrogates = this.#deferSurrogates;
			let i = skipWhitespace(bytes, 0);
			if (bytes[i] !== OPEN_OBJECT) return false;
			let depth = 0;
			let field;
			for (;;) {
				if (i >= end) return false;
				const byte = bytes[i];
				const array = depth > 0 && isObject[depth] === 0 ? followed[depth] : void 0;
				if (array) this.#counts[array.slot] += 1;
				if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
					if (depth === maxDepth) return false;
					depth += 1;
					const object = byte === OPEN_OBJECT;
					isObject[depth] = object ? 1 : 0;
					if (field) kinds[field.slot] = object ? OBJECT : ARRAY;
					if (object) {
						wanted[depth] = depth === 1 ? this.#list.tree : field ? field.children : array?.elements;
						if (array) for (const element of array.elements) kinds[element.slot] = ABSENT;
					} else {
						followed[depth] = field && field.elements.length > 0 ? field : void 0;
						if (followed[depth]) this.#counts[field.slot] = 0;
						if (array) this.#notAnObject(array);
					}
					field = void 0;
					i = skipWhitespace(bytes, i + 1);
					if (bytes[i] === (object ? CLOSE_OBJECT : CLOSE_ARRAY)) {
						i += 1;
						this.#close(depth);
						depth -= 1;
					} else if (object) {
						i = this.#key(bytes, i, wanted[depth]);
						if (i < 0) return false;
						field = this.#keyField;
						continue;
					} else continue;
				} else {
					let kind;
					let next;
					if (byte === QUOTE) {
						const close = scanString(bytes, words, i + 1);
						if (close < 0) return false;
						kind = STRING;
						next = close + 1;
						if (field) this.#escaped[field.slot] = sawEscape ? 1 : 0;
					} else if (byte === MINUS || byte >= ZERO && byte <= NINE) {
						next = scanNumber(bytes, i);
						if (next < 0 || this.#deferLongIntegers && isLongInteger(bytes, i, next)) return false;
						kind = NUMBER;
					} else {
						next = -1;
						kind = ABSENT;
						for (const [literalKind, literal] of LITERALS) if (byte === literal[0] && end - i >= literal.length && bytes.compare(literal, 0, literal.length, i, i + literal.length) === 0) {
							next = i + literal.length;
							kind = literalKind;
							break;
						}
						if (next < 0) return false;
					}
					if (field) {
						kinds[field.slot] = kind;
						this.#starts[field.slot] = kind === STRING ? i + 1 : i;
						this.#ends[field.slot] = kind === STRING ? next - 1 : next;
						field = void 0;
					} else if (array) this.#notAnObject(array);
					i = next;
				}
				for (;;) {
					i = skipWhitespace(bytes, i);
					if (depth === 0) return i === end;
					if (i >= end) return false;
					const after = bytes[i];
					if (after === COMMA) {
						i = skipWhitespace(bytes, i + 1);
						if (isObject[depth] === 1) {
							i = this.#key(bytes, i, wanted[depth]);
							if (i < 0) return false;
							field = this.#keyField;
						}
						break;
					}
					if (after !== (isObject[depth] === 1 ? CLOSE_OBJECT : CLOSE_ARRAY)) return false;
					i += 1;
					this.#close(depth);
					depth -= 1;
				}
			}
		}
		load(head, tail) {
			const kernel = this.#kernel;
			if (!kernel?.load(head, tail)) return false;
			this.#viewsOf(kernel);
			this.#bytes = kernel.input;
			return true;
		}
		nextLine(final) {
			this.#scans = this.#scans + 1 | 0;
			const result = this.#kernel.nextLine(final);
			this.#ascii = result === 0;
			return result;
		}
		get input() {
			return this.#kernel.input;
		}
		get line() {
			return this.#kernel.line;
		}
		rest() {
			return this.#kernel.rest();
		}
		#scanInKernel(bytes, kernel) {
			this.#bytes = bytes;
			const result = kernel.scan(bytes);
			this.#viewsOf(kernel);
			if (result === -1) return false;
			this.#ascii = result === 0;
			return true;
		}
		#viewsOf(kernel) {
			this.#kinds = kernel.kinds;
			this.#starts = kernel.starts;
			this.#ends = kernel.ends;
			this.#escaped = kernel.escaped;
			this.#elementKinds = kernel.elementKinds;
			this.#counts = kernel.counts;
			this.#cached = kernel.cached;
			this.#generations = kernel.generations;
		}
		#close(depth) {
			if (depth < 2 || this.#isObject[depth] === 0 || this.#isObject[depth - 1] === 1) return;
			const array = this.#followed[depth - 1];
			if (array) for (const element of array.elements) this.#elementKinds[element.slot] |= 1 << this.#kinds[element.slot];
		}
		#notAnObject(array) {
			for (const element of array.elements) this.#elementKinds[element.slot] |= NOT_AN_OBJECT;
		}
		#key(bytes, i, wanted) {
			this.#keyField = void 0;
			if (bytes[i] !== QUOTE) return -1;
			const close = scanString(bytes, this.#words, i + 1);
			if (close < 0) return -1;
			if (wanted && wanted.length > 0) {
				if (sawEscape) return -1;
				const field = matchField(wanted, bytes, i + 1, close);
				if (field) {
					this.#forget(field);
					this.#keyField = field;
				}
			}
			i = skipWhitespace(bytes, close + 1);
			if (bytes[i] !== COLON) return -1;
			return skipWhitespace(bytes, i + 1);
		}
		#forget(field) {
			for (const child of field.children) {
				this.#kinds[child.slot] = ABSENT;
				this.#forget(child);
			}
			for (const element of field.elements) {
				this.#elementKinds[element.slot] = 0;
				this.#forget(element);
			}
		}
		release() {
			this.#scans = this.#scans + 1 | 0;
			this.#decoded.fill(void 0);
			this.#bytes = NO_BYTES$1;
			this.#words = NO_WORDS;
			this.#kinds.fill(ABSENT);
		}
		kind(field) {
			const slot = this.#slot(field);
			return slot < 0 ? "absent" : KIND_NAMES[this.#kinds[slot]];
		}
		string(field) {
			const slot = this.#slot(field);
			if (slot < 0 || this.#kinds[slot] !== STRING) return void 0;
			if (this.#decodedIn[slot] === this.#scans) return this.#decoded[slot];
			const value = this.#cachedString(slot) ?? this.#decode(slot);
			this.#decodedIn[slot] = this.#scans;
			this.#decoded[slot] = value;
			return value;
		}
		#cachedString(slot) {
			const at = this.#kernel ? this.#cached[slot] : -1;
			if (at < 0) return void 0;
			const generation = this.#generations[slot];
			if (this.#slotGenerations[at] === generation) return this.#slotStrings[at];
			const value = this.#decode(slot);
			this.#slotStrings[at] = value;
			this.#slotGenerations[at] = generation;
			return value;
		}
		#decode(slot) {
			const start = this.#starts[slot];
			const end = this.#ends[slot];
			if (this.#escaped[slot] !== 0) return JSON.parse(this.#bytes.toString("utf8", start - 1, end + 1));
			if (this.#kernel) return this.#bytes.toString(this.#ascii ? "latin1" : "utf8", start, end);
			return (this.#list.repeats[slot] === 1 ? this.#strings.get(this.#bytes, start, end) : void 0) ?? this.#bytes.toString("utf8", start, end);
		}
		number(field) {
			const slot = this.#slot(field);
			if (slot < 0 || this.#kinds[slot] !== NUMBER) return void 0;
			const start = this.#starts[slot];
			const end = this.#ends[slot];
			if (end - start <= 15) {
				let value = 0;
				let i = start;
				for (; i < end; i += 1) {
					const digit = this.#bytes[i] - ZERO;
					if (digit < 0 || digit > 9) break;
					value = value * 10 + digit;
				}
				if (i === end) return value;
			}
			return Number(this.#bytes.toString("latin1", start, end));
		}
		boolean(field) {
			const slot = this.#slot(field);
			if (slot < 0 || this.#kinds[slot] !== BOOLEAN) return void 0;
			return this.#bytes[this.#starts[slot]] === 116;
		}
		every(field, kind) {
			const array = this.#arrayOf[field];
			if (array < 0) throw new Error(`field ${this.#list.paths[field]} is in no array`);
			return this.#kinds[array] === ARRAY && (this.#elementKinds[this.#slotOf[field]] & ~(1 << KIND_NAMES.indexOf(kind))) === 0;
		}
		length(field) {
			const slot = this.#slotOf[field];
			if (this.#list.followed[slot] !== 1 || this.#arrayOf[field] >= 0) throw new Error(`field ${this.#list.paths[field]}[] was not asked for`);
			return this.#kinds[slot] === ARRAY ? this.#counts[slot] : void 0;
		}
		#slot(field) {
			const slot = this.#slotOf[field];
			const array = this.#arrayOf[field];
			if (array < 0) return slot;
			return this.#kinds[array] === ARRAY && this.#counts[array] === 1 && (this.#elementKinds[slot] & NOT_AN_OBJECT) === 0 ? slot : -1;
		}
	};
}));
// dist/reading/carry.js
var EMPTY$1, Carry;
var init_carry = __esmMin((() => {
	EMPTY$1 = Buffer.alloc(0);
	Carry = class Carry {
		static KEPT_BYTES = 8 << 20;
		#buffer = EMPTY$1;
		#length = 0;
		get length() {
			return this.#length;
		}
		bytes() {
			return this.#buffer.subarray(0, this.#length);
		}
		append(bytes) {
			const needed = this.#length + bytes.length;
			if (needed > this.#buffer.length) {
				const grown = Buffer.allocUnsafeSlow(Math.max(needed, 2 * this.#buffer.length, 65536));
				this.#buffer.copy(grown, 0, 0, this.#length);
				this.#buffer = grown;
			}
			this.#buffer.set(bytes, this.#length);
			this.#length = needed;
		}
		clear() {
			this.#length = 0;
			if (this.#buffer.length > Carry.KEPT_BYTES) this.#buffer = EMPTY$1;
		}
	};
}));
// dist/reading/line-splitter.js
var LF$2, CR, EMPTY, LineSplitter;
var init_line_splitter = __esmMin((() => {
	init_carry();
	LF$2 = 10;
	CR = 13;
	EMPTY = Buffer.alloc(0);
	LineSplitter = class {
		skipper;
		#carry = new Carry();
		#number = 0;
		#offset = 0;
		#skipping;
		constructor(skipper, after) {
			this.skipper = skipper;
			this.#number = after?.number ?? 0;
			this.#offset = after?.offset ?? 0;
		}
		push(chunk, visit) {
			if (this.skipper) return this.#pushSkipping(chunk, visit, this.skipper);
			let start = 0;
			for (let nl = chunk.indexOf(LF$2, start); nl !== -1; nl = chunk.indexOf(LF$2, start)) {
				let bytes = chunk.subarray(start, nl);
				if (this.#carry.length > 0) bytes = this.#takeCarry(bytes);
				this.#emit(bytes, true, visit);
				start = nl + 1;
			}
			if (start < chunk.length) this.#carry.append(chunk.subarray(start));
		}
		end(visit) {
			if (this.#skipping) {
				this.#skipping = void 0;
				this.#number += 1;
			} else if (this.#carry.length > 0) this.#emit(this.#takeCarry(EMPTY), false, visit);
		}
		#pushSkipping(chunk, visit, skipper) {
			let start = 0;
			let stretch = -1;
			while (start < chunk.length) {
				if (!this.#skipping && this.#carry.length === 0) this.#skipping = skipper.skip(this.#number + 1, this.#offset);
				const nl = chunk.indexOf(LF$2, start);
				if (this.#skipping === "pass" && stretch < 0) stretch = start;
				if (this.#skipping === "drop" && stretch >= 0) {
					skipper.skipped(chunk.subarray(stretch, start));
					stretch = -1;
				}
				if (this.#skipping) {
					const end = nl === -1 ? chunk.length : nl + 1;
					this.#offset += end - start;
					start = end;
					if (nl !== -1) {
						this.#number += 1;
						this.#skipping = void 0;
					}
					continue;
				}
				if (stretch >= 0) {
					skipper.skipped(chunk.subarray(stretch, start));
					stretch = -1;
				}
				if (nl === -1) {
					this.#carry.append(chunk.subarray(start));
					return;
				}
				let bytes = chunk.subarray(start, nl);
				if (this.#carry.length > 0) bytes = this.#takeCarry(bytes);
				this.#emit(bytes, true, visit);
				start = nl + 1;
			}
			if (stretch >= 0) skipper.skipped(chunk.subarray(stretch, start));
		}
		#takeCarry(last) {
			this.#carry.append(last);
			const line = this.#carry.bytes();
			this.#carry.clear();
			return line;
		}
		#emit(bytes, terminated, visit) {
			const total = bytes.length + (terminated ? 1 : 0);
			let eol = "";
			if (terminated) {
				eol = "\n";
				if (bytes.length > 0 && bytes[bytes.length - 1] === CR) {
					bytes = bytes.subarray(0, bytes.length - 1);
					eol = "\r\n";
				}
			}
			this.#number += 1;
			visit({
				number: this.#number,
				offset: this.#offset,
				bytes,
				eol
			});
			this.#offset += total;
		}
	};
}));
// dist/reading/utf8-bom.js
var UTF8_BOM, startsWithBom, withoutBom;
var init_utf8_bom = __esmMin((() => {
	UTF8_BOM = Buffer.from([
		239,
		187,
		191
	]);
	startsWithBom = (bytes) => bytes.subarray(0, UTF8_BOM.length).equals(UTF8_BOM);
	withoutBom = (bytes) => startsWithBom(bytes) ? bytes.subarray(UTF8_BOM.length) : bytes;
}));
// dist/checking/diagnostic-runs.js
function extendRun(last, next) {
	const end = last.endLine ?? last.line;
	if (next.line !== end + 1 || next.endLine !== void 0) return false;
	if (last.callId !== void 0 || next.callId !== void 0) return false;
	if (last.rule !== next.rule || last.severity !== next.severity || last.message !== next.message) return false;
	if (last.fixable !== next.fixable || last.applicability !== next.applicability) return false;
	if (last.repair === void 0 !== (next.repair === void 0)) return false;
	const repair = last.repair && next.repair && joinRemovals(last, last.repair, next.repair, next.line);
	if (last.repair && !repair) return false;
	const run = last;
	run.endLine = next.line;
	if (repair) run.repair = repair;
	return true;
}
function joinRemovals(last, first, next, line) {
	const [edit] = first.edits;
	const [added] = next.edits;
	if (first.edits.length !== 1 || next.edits.length !== 1 || edit?.op !== "remove" || added?.op !== "remove") return void 0;
	if (edit.line !== last.line || (edit.through ?? edit.line) !== line - 1 || added.line !== line || added.through !== void 0) return void 0;
	const removes = removedByLast(next);
	if (removes !== void 0 && joined.get(first) === removes) {
		const own = first;
		own.action = `removed ${removes} at lines ${last.line}-${line}`;
		own.edits[0].through = line;
		return first;
	}
	const suffix = ` at line ${line}`;
	if (!next.action.endsWith(suffix)) return void 0;
	const what = next.action.slice(0, -suffix.length);
	if (first.action !== `${what} at line ${last.line}` && first.action !== `${what} at lines ${last.line}-${line - 1}`) return void 0;
	const repair = {
		action: `${what} at lines ${last.line}-${line}`,
		edits: [{
			op: "remove",
			line: last.line,
			through: line
		}]
	};
	if (removes !== void 0 && what === `removed ${removes}`) joined.set(repair, removes);
	return repair;
}
var joined;
var init_diagnostic_runs = __esmMin((() => {
	init_remove_line();
	joined = /* @__PURE__ */ new WeakMap();
}));
// dist/checking/checker.js
function scannerFor(format, scan) {
	let scanner = scanners.get(scan);
	if (!scanner) scanners.set(scan, scanner = new JsonScanner(scan.fields, scanDeferrals(format.dialect)));
	return scanner;
}
function isBlank(bytes) {
	for (let i = 0; i < bytes.length; i += 1) {
		const byte = bytes[i];
		if (byte !== 32 && byte !== 9 && byte !== 13) return false;
	}
	return true;
}
function parseRecord(bytes) {
	let value;
	let text;
	const stackTraceLimit = Error.stackTraceLimit;
	Error.stackTraceLimit = 0;
	try {
		text = bytes.toString("utf8");
		value = JSON.parse(text);
	} catch (error) {
		return { parseError: describeJsonError(error) };
	} finally {
		Error.stackTraceLimit = stackTraceLimit;
	}
	if (typeof value !== "object" || value === null || Array.isArray(value)) return { parseError: `a JSON ${Array.isArray(value) ? "array" : value === null ? "null" : typeof value}, not an object` };
	return {
		value,
		text
	};
}
function describeJsonError(error) {
	if (error instanceof RangeError) return "too long to parse";
	return `invalid JSON (${(error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").slice(0, 120)})`;
}
var scanners, DETECTION_RECORDS, LF$1, EOLS, NO_BYTES, FileChecker;
var init_checker = __esmMin((() => {
	init_registry();
	init_json_dialect();
	init_kernel();
	init_json_scan();
	init_carry();
	init_line_splitter();
	init_utf8_bom();
	init_diagnostic_list();
	init_diagnostic_runs();
	init_diagnostic();
	init_unknown_format();
	scanners = /* @__PURE__ */ new WeakMap();
	DETECTION_RECORDS = 16;
	LF$1 = 10;
	EOLS = [
		"",
		"\n",
		"\r\n"
	];
	NO_BYTES = Buffer.alloc(0);
	FileChecker = class {
		options;
		#diagnostics;
		#lastOfRule = /* @__PURE__ */ new Map();
		#hooks = [];
		#runs;
		#lineHooks;
		#recordHooks;
		#format;
		#history;
		#lines = 0;
		#records = 0;
		#lastRecordLine = 0;
		#undetected = [];
		#lastLineEol = "\n";
		#firstFreeLine;
		#scanner;
		#carry = new Carry();
		#pushedLines = 0;
		#pushedBytes = 0;
		#splitter;
		#visit = (raw) => this.line(raw);
		#facts;
		#scannedTimestamp = () => this.#format.scan.timestampOf(this.#scanner);
		constructor(options) {
			this.options = options;
			if (options.format) this.#format = formatByName(options.format);
			this.#diagnostics = new DiagnosticLog(new Map(options.rules.map(({ rule }, index) => [rule.name, index])));
			this.#diagnostics.onSpill = () => this.#lastOfRule.clear();
			const running = new Set(options.rules.map(({ rule }) => rule.name));
			this.#runs = (name) => running.has(name);
			const ruleOptions = {
				strategy: options.strategy ?? "placeholder",
				...options.placeholderText !== void 0 && { placeholderText: options.placeholderText }
			};
			for (const { rule, severity } of options.rules) {
				const context = {
					path: options.path,
					format: () => this.#format,
					history: () => this.#history,
					options: ruleOptions,
					runs: this.#runs,
					report: (input) => {
						const fixable = rule.fixable && input.fixable !== false;
						const applicability = input.applicability ?? "safe";
						const repair = fixable && options.repairs && (applicability === "safe" || options.unsafeFixes) ? input.repair?.() : void 0;
						if (repair) options.onRepair?.();
						const downgraded = input.outsideHistory && SEVERITY_RANK[severity] > SEVERITY_RANK.warning ? "warning" : severity;
						const diagnostic = {
							rule: rule.name,
							code: rule.code,
							severity: downgraded,
							line: input.line,
							message: printable(input.message),
							...input.callId !== void 0 && { callId: input.callId },
							fixable,
							...fixable && { applicability },
							...repair && { repair }
						};
						const batch = this.#diagnostics.batch;
						const last = this.#lastOfRule.get(rule.name);
						if (last === void 0 || !extendRun(batch[last], diagnostic)) {
							this.#lastOfRule.set(rule.name, batch.length);
							this.#diagnostics.push(diagnostic);
						}
					}
				};
				this.#hooks.push(rule.create(context));
			}
			this.#lineHooks = this.#hooks.filter((hooks) => hooks.line);
			this.#recordHooks = this.#hooks.filter((hooks) => hooks.record);
		}
		get format() {
			return this.#format;
		}
		#historyOf(format) {
			return this.#history ??= format.createHistory((finding) => {
				for (const hooks of this.#hooks) hooks.pairing?.(finding);
			}, {
				repairs: this.options.repairs === true,
				runs: this.#runs
			});
		}
		push(chunk) {
			const scanner = this.#splitter ? void 0 : this.#kernelScanner();
			if (!scanner) return this.#split(chunk);
			const lastLineEnd = chunk.lastIndexOf(LF$1);
			if (lastLineEnd === -1) return this.#carry.append(chunk);
			const carried = this.#carry.length;
			if (!scanner.load(this.#carry.bytes(), chunk)) return this.#split(chunk);
			const utf8 = (0, node_buffer.isUtf8)(scanner.input.subarray(0, carried + lastLineEnd + 1));
			this.#carry.clear();
			this.#takeLines(scanner, false, utf8);
		}
		#takeLines(scanner, final, utf8) {
			const format = this.#format;
			for (let result = scanner.nextLine(final); result !== -2; result = scanner.nextLine(final)) {
				this.#scannedLine(scanner, result, utf8);
				if (this.#format === format) continue;
				const next = this.#kernelScanner();
				if (next === scanner) continue;
				const rest = scanner.rest();
				if (!next?.load(rest, NO_BYTES)) return this.#split(rest, final);
				scanner = next;
			}
			this.#carry.append(scanner.rest());
		}
		#split(chunk, final = false) {
			if (!this.#splitter) {
				this.#splitter = new LineSplitter(void 0, {
					number: this.#pushedLines,
					offset: this.#pushedBytes
				});
				this.#splitter.push(this.#carry.bytes(), this.#visit);
				this.#carry.clear();
			}
			this.#splitter.push(chunk, this.#visit);
			if (final) this.#splitter.end(this.#visit);
		}
		#kernelScanner() {
			const format = this.#format ?? FORMATS[0];
			if (!format.scan || this.options.exact) return void 0;
			const scanner = scannerFor(format, format.scan);
			return scanner.engine === "wasm" ? scanner : void 0;
		}
		#scannedLine(scanner, result, utf8) {
			const line = scanner.line;
			const start = line[0];
			const end = line[1];
			const eol = EOLS[line[2]];
			const number = this.#pushedLines += 1;
			const offset = this.#pushedBytes;
			this.#pushedBytes += end - start + eol.length;
			this.#scanner = scanner;
			if (number === 1 && result === -1 && startsWithBom(scanner.input.subarray(start, end))) {
				const bytes = withoutBom(scanner.input.subarray(start, end));
				return this.#decide(number, offset, eol, bytes, 0, bytes.length, true, isBlank(bytes), void 0, utf8);
			}
			const fields = (result === 0 || result === 1) && this.#scanning() ? scanner : void 0;
			this.#decide(number, offset, eol, scanner.input, start, end, false, result === 2, fields, utf8);
		}
		line(raw) {
			const bom = raw.number === 1 && startsWithBom(raw.bytes);
			const bytes = bom ? withoutBom(raw.bytes) : raw.bytes;
			const blank = isBlank(bytes);
			this.#decide(raw.number, raw.offset, raw.eol, bytes, 0, bytes.length, bom, blank, blank ? void 0 : this.#scanFields(bytes), false);
		}
		#decide(number, offset, eol, input, start, end, bom, blank, fields, utf8) {
			if (this.#firstFreeLine === void 0 && this.options.pinnedPrefix && offset >= this.options.pinnedPrefix.bytes) this.#firstFreeLine = number;
			this.#lines = number;
			this.#lastLineEol = eol;
			let bytes;
			let value;
			let parseError;
			let scanned;
			if (!blank) {
				if (!utf8 && !fields?.ascii && !(0, node_buffer.isUtf8)(bytes ??= input.subarray(start, end))) parseError = "not valid UTF-8";
				else if (fields) scanned = this.#classify(fields);
				if (!scanned && parseError === void 0) ({value, parseError} = this.#parse(bytes ??= input.subarray(start, end)));
			}
			if (blank || bom || parseError !== void 0 || eol !== "\n") {
				const facts = {
					number,
					eol,
					bom,
					blank,
					parseError
				};
				for (const hooks of this.#lineHooks) hooks.line(facts);
			}
			if (scanned) this.#record(number, scanned, this.#scannedTimestamp);
			else if (!blank && parseError === void 0) {
				if (this.#format) this.#parsed(number, value);
				else this.#detect(number, value);
			}
		}
		#endPushed() {
			if (this.#splitter) return this.#splitter.end(this.#visit);
			if (this.#carry.length === 0) return;
			const scanner = this.#kernelScanner();
			const rest = this.#carry.bytes();
			this.#carry.clear();
			if (scanner?.load(rest, NO_BYTES)) this.#takeLines(scanner, true, false);
			else this.#split(rest, true);
		}
		#parsed(line, value) {
			const format = this.#format;
			this.#record(line, format.classify(value), () => format.timestampOf(value));
		}
		#detect(line, value) {
			if (value !== void 0) this.#undetected.push({
				line,
				value
			});
			const format = value === void 0 ? void 0 : detectFormat(value);
			if (!format && value !== void 0 && this.#undetected.length < DETECTION_RECORDS) return;
			this.#format = format ?? fallbackFormat(this.#undetected.map((record) => record.value));
			const held = this.#undetected.splice(0);
			if (!this.#format) {
				this.#records += held.length;
				if (held.length > 0) this.#lastRecordLine = held.at(-1).line;
				return;
			}
			for (const record of held) this.#parsed(record.line, record.value);
		}
		#scanFields(bytes) {
			if (!this.#scanning()) return void 0;
			const format = this.#format ?? FORMATS[0];
			const scanner = this.#scanner = scannerFor(format, format.scan);
			return scanner.scan(bytes) ? scanner : void 0;
		}
		#scanning() {
			return (this.#format ?? FORMATS[0]).scan !== void 0 && !this.options.exact && !(!this.#format && this.#undetected.length > 0);
		}
		#classify(scanner) {
			const format = this.#format ?? FORMATS[0];
			const scan = format.scan;
			if (!this.#format && !scan.matches(scanner)) return void 0;
			const info = scan.classify(scanner);
			if (info) this.#format = format;
			return info;
		}
		#parse(bytes) {
			const parsed = parseRecord(bytes);
			if (parsed.value === void 0) return parsed;
			const dialect = (this.#format ?? detectFormat(parsed.value))?.dialect;
			const rejected = dialect && dialectViolation(parsed.text, parsed.value, dialect);
			return rejected === void 0 ? parsed : { parseError: rejected };
		}
		end() {
			this.#endPushed();
			this.#scanner?.release();
			if (this.#undetected.length > 0) this.#detect(0, void 0);
			this.#history?.end();
			const facts = {
				lines: this.#lines,
				records: this.#records,
				...this.#records > 0 && { lastRecord: { line: this.#lastRecordLine } },
				turnBoundaries: this.#history?.turnBoundaries ?? []
			};
			for (const hooks of this.#hooks) hooks.end?.(facts);
			let diagnostics = this.#diagnostics.finish();
			if (!this.#format && this.#records > 0) diagnostics = filtered(diagnostics, (diagnostic) => diagnostic.rule === unknown_format_default.name);
			return {
				diagnostics,
				facts: {
					...this.#format && { format: this.#format },
					...this.#history && { history: this.#history },
					lines: this.#lines,
					records: this.#records,
					lastLineEol: this.#lastLineEol,
					...this.options.pinnedPrefix && { pinned: {
						firstFreeLine: this.#firstFreeLine ?? this.#lines + 1,
						reason: this.options.pinnedPrefix.reason
					} }
				}
			};
		}
		#record(line, info, timestamp) {
			this.#records += 1;
			this.#lastRecordLine = line;
			const facts = this.#facts ??= {
				line,
				info
			};
			facts.line = line;
			facts.info = info;
			if (this.#records === 1) for (const hooks of this.#hooks) hooks.firstRecord?.(facts);
			for (const hooks of this.#recordHooks) hooks.record(facts);
			this.#historyOf(this.#format).record(line, info, timestamp);
		}
	};
}));
// dist/checking/check-source.js
async function withLinkedProblems(path, run, options) {
	const links = run.facts.format?.links;
	const enabled = links && selectRules(options).find(({ rule }) => rule.name === links.rule);
	if (!links || !enabled) return run;
	const problems = await links.check(path, run.facts.history, options);
	if (problems.length === 0) return run;
	const { rule, severity } = enabled;
	const found = problems.map(({ line, message }) => ({
		rule: rule.name,
		code: rule.code,
		severity,
		line,
		message,
		fixable: false
	}));
	const withFound = (list) => list instanceof SpilledDiagnostics ? list.withExtra(found) : [...list, ...found].sort((a, b) => a.line - b.line);
	return {
		...run,
		diagnostics: withFound(run.diagnostics),
		report: {
			...run.report,
			diagnostics: withFound(run.report.diagnostics)
		}
	};
}
async function runCheck(path, chunks, options = {}) {
	const checker = new FileChecker({
		path,
		rules: selectRules(options),
		...options.format && { format: options.format },
		...options.repairs && { repairs: true },
		...options.unsafeFixes && { unsafeFixes: true },
		...options.strategy && { strategy: options.strategy },
		...options.placeholderText !== void 0 && { placeholderText: options.placeholderText },
		...options.pinnedPrefix && { pinnedPrefix: options.pinnedPrefix },
		...options.onRepair && { onRepair: options.onRepair }
	});
	for await (const chunk of options.signal ? abortable(chunks, options.signal) : chunks) checker.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
	const outcome = checker.end();
	const report = {
		path,
		...outcome.facts.format && { format: outcome.facts.format.name },
		records: outcome.facts.records,
		lines: outcome.facts.lines,
		diagnostics: Array.isArray(outcome.diagnostics) ? outcome.diagnostics.map(({ repair: _repair, ...diagnostic }) => diagnostic) : outcome.diagnostics
	};
	return {
		...outcome,
		report
	};
}
async function checkFileLazily(path, options = {}) {
	const { chunks } = await openInputFile(path);
	return (await withLinkedProblems(path, await runCheck(path, chunks, options), options)).report;
}
async function formatOfFile(path) {
	const { chunks } = await openInputFile(path);
	const checker = new FileChecker({
		path,
		rules: []
	});
	let read = 0;
	for await (const chunk of chunks) {
		checker.push(chunk);
		read += chunk.length;
		if (checker.format || read >= FORMAT_PREFIX_BYTES) break;
	}
	return checker.end().facts.format;
}
async function* abortable(chunks, signal) {
	signal.throwIfAborted();
	for await (const chunk of chunks) {
		signal.throwIfAborted();
		yield chunk;
	}
}
var FORMAT_PREFIX_BYTES;
var init_check_source = __esmMin((() => {
	init_open_input();
	init_checker();
	init_diagnostic_list();
	init_select_rules();
	FORMAT_PREFIX_BYTES = 1 << 20;
}));
// dist/checking/check-files.js
function holdAtLeast(paths, bytes) {
	let total = 0;
	for (const path of paths) {
		try {
			total += (0, node_fs.statSync)(path).size;
		} catch {}
		if (total >= bytes) return true;
	}
	return false;
}
async function checkFiles(paths, options, onDone, threadsAsked) {
	const cores = Math.min((0, node_os.availableParallelism)(), 4, Math.floor(paths.length / (PARALLEL_MIN_FILES / 2)));
	const auto = cores >= 2 && holdAtLeast(paths, PARALLEL_MIN_BYTES) ? cores : 1;
	const threads = threadsAsked === void 0 ? auto : Math.min(threadsAsked, paths.length);
	if (threads < 2) {
		const outcomes = [];
		for (const path of paths) {
			outcomes.push(await checkOne(path, options));
			onDone?.(path);
		}
		return outcomes;
	}
	return checkInThreads(paths, options, threads, onDone);
}
async function checkOne(path, options) {
	try {
		return await checkFileLazily(path, options);
	} catch (error) {
		if (error instanceof InputError) return {
			path,
			error
		};
		throw error;
	}
}
function asHeld(path, { format, records, lines }, diagnostics) {
	const name = FORMAT_NAMES.find((known) => known === format);
	return {
		path,
		...name && { format: name },
		records,
		lines,
		diagnostics
	};
}
async function checkInThreads(paths, options, threads, onDone) {
	const outcomes = new Array(paths.length);
	let next = 0;
	let failure;
	const pool = Array.from({ length: threads - 1 }, () => new (workerThreads()).Worker(new URL("./check-worker.js", require("url").pathToFileURL(__filename).href), {
		workerData: options,
		resourceLimits: { maxYoungGenerationSizeMb: 4 }
	}));
	const finished = pool.map((worker) => new Promise((resolve) => {
		let held = 0;
		const feed = () => {
			while (held < 2 && next < paths.length && !failure) {
				const batch = [];
				for (let size = batchSize(paths.length - next, threads); size > 0 && next < paths.length; size -= 1) batch.push({
					index: next,
					path: paths[next++]
				});
				worker.postMessage(batch);
				held += 1;
			}
			if (held === 0) resolve();
		};
		worker.on("message", (replies) => {
			held -= 1;
			for (const reply of replies) if ("internal" in reply) failure ??= new Error(reply.internal);
			else {
				outcomes[reply.index] = "report" in reply ? asHeld(paths[reply.index], reply.report, fromMessage(reply.diagnostics)) : {
					path: reply.unreadable.path,
					error: new InputError(reply.unreadable.path, reply.unreadable.message)
				};
				onDone?.(paths[reply.index]);
			}
			feed();
		});
		worker.on("error", (error) => {
			failure ??= error;
			resolve();
		});
		feed();
	}));
	try {
		while (next < paths.length && !failure) {
			const index = next++;
			outcomes[index] = await checkOne(paths[index], options);
			onDone?.(paths[index]);
		}
		await Promise.all(finished);
	} finally {
		await Promise.all(pool.map((worker) => worker.terminate()));
	}
	if (failure) throw failure;
	return outcomes;
}
var PARALLEL_MIN_FILES, PARALLEL_MIN_BYTES, batchSize;
var init_check_files = __esmMin((() => {
	init_builtins();
	init_names();
	init_input_error();
	init_check_source();
	init_diagnostic_list();
	PARALLEL_MIN_FILES = 16;
	PARALLEL_MIN_BYTES = 256 << 20;
	batchSize = (left, threads) => Math.max(1, Math.min(32, Math.floor(left / (threads * 4))));
}));
// dist/repairing/processes.js
function listProcesses() {
	let entries;
	try {
		entries = (0, node_fs.readdirSync)("/proc");
	} catch {
		return {
			listed: false,
			pids: [],
			argv: () => [],
			cwd: () => void 0,
			name: () => void 0,
			startTime: () => void 0
		};
	}
	const pids = entries.filter((name) => /^\d+$/.test(name)).map(Number).filter((pid) => pid !== process.pid);
	const argvs = /* @__PURE__ */ new Map();
	const cwds = /* @__PURE__ */ new Map();
	const processNames = /* @__PURE__ */ new Map();
	const starts = /* @__PURE__ */ new Map();
	const kept = (cache, pid, read) => {
		if (!cache.has(pid)) cache.set(pid, read());
		return cache.get(pid);
	};
	return {
		listed: true,
		pids,
		argv: (pid) => kept(argvs, pid, () => procText(`/proc/${pid}/cmdline`)?.split("\0") ?? []),
		cwd: (pid) => kept(cwds, pid, () => attempt(() => (0, node_fs.readlinkSync)(`/proc/${pid}/cwd`))),
		name: (pid) => kept(processNames, pid, () => procText(`/proc/${pid}/comm`)?.trim()),
		startTime: (pid) => kept(starts, pid, () => {
			const stat = procText(`/proc/${pid}/stat`);
			return stat?.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
		})
	};
}
function procText(file) {
	return attempt(() => (0, node_fs.readFileSync)(file, "utf8"));
}
function attempt(read) {
	try {
		return read();
	} catch {
		return;
	}
}
var init_processes = __esmMin((() => {}));
// dist/repairing/open-writers.js
async function findOpenWriters(target, path, processes = listProcesses()) {
	if ((0, node_fs.existsSync)("/proc/self/fdinfo")) {
		const { byFile, unchecked } = scanProc(processes, (dev, ino) => dev === target.dev && ino === target.ino);
		return {
			writers: byFile.get(fileKey(target)) ?? [],
			...unchecked !== void 0 && { unchecked }
		};
	}
	if (await hasLsof()) return askLsof(path);
	return {
		writers: [],
		unchecked: `open writers cannot be checked on ${process.platform} (no /proc, no lsof)`
	};
}
function openWritersIndex(processes) {
	if (!(0, node_fs.existsSync)("/proc/self/fdinfo")) return void 0;
	return scanProc(processes, () => true);
}
function scanProc(processes, matches) {
	const byFile = /* @__PURE__ */ new Map();
	let hidden = 0;
	for (const pid of processes.pids) {
		let fds;
		try {
			fds = (0, node_fs.readdirSync)(`/proc/${pid}/fd`);
		} catch (error) {
			if (error.code !== "ENOENT") hidden += 1;
			continue;
		}
		for (const fd of fds) {
			const found = writerHow(pid, fd, matches);
			if (!found) continue;
			const writers = byFile.get(found.key) ?? [];
			if (!writers.some((writer) => writer.pid === pid)) writers.push({
				pid,
				name: processes.name(pid) ?? "a process",
				how: found.how
			});
			byFile.set(found.key, writers.sort((a, b) => a.pid - b.pid));
		}
	}
	return {
		byFile,
		...hidden > 0 && { unchecked: `${hidden} process${hidden === 1 ? "" : "es"} of other users could not be inspected for open writers` }
	};
}
function writerHow(pid, fd, matches) {
	try {
		if (!(0, node_fs.readlinkSync)(`/proc/${pid}/fd/${fd}`).startsWith("/")) return void 0;
		const info = (0, node_fs.statSync)(`/proc/${pid}/fd/${fd}`);
		if (!info.isFile() || !matches(info.dev, info.ino)) return void 0;
		const key = fileKey(info);
		const flags = /^flags:\s*([0-7]+)/m.exec((0, node_fs.readFileSync)(`/proc/${pid}/fdinfo/${fd}`, "utf8"))?.[1];
		if (flags === void 0) return {
			key,
			how: "open (its flags could not be read)"
		};
		const value = parseInt(flags, 8);
		if (value & O_APPEND) return {
			key,
			how: "open for appending"
		};
		return (value & O_ACCMODE) !== 0 ? {
			key,
			how: "open for writing"
		} : void 0;
	} catch {
		return;
	}
}
function hasLsof() {
	lsofFound ??= new Promise((resolve) => childProcess().execFile("lsof", ["-v"], (error) => resolve(!error || error.code !== "ENOENT")));
	return lsofFound;
}
function askLsof(path) {
	return new Promise((resolve) => {
		childProcess().execFile("lsof", [
			"-w",
			"-n",
			"-P",
			"-F",
			"pca",
			"--",
			path
		], { timeout: 3e4 }, (error, stdout) => {
			if (error && error.code !== 1) {
				resolve({
					writers: [],
					unchecked: `open writers could not be checked (lsof: ${error.message.split("\n")[0]})`
				});
				return;
			}
			resolve({ writers: parseLsof(stdout) });
		});
	});
}
function parseLsof(output) {
	const writers = [];
	let pid = 0;
	let name = "a process";
	for (const field of output.split("\n")) {
		const [tag, value] = [field[0], field.slice(1)];
		if (tag === "p") [pid, name] = [Number(value), "a process"];
		else if (tag === "c") name = value;
		else if (tag === "a" && (value === "w" || value === "u") && pid !== process.pid && !writers.some((writer) => writer.pid === pid)) writers.push({
			pid,
			name,
			how: "open for writing"
		});
	}
	return writers;
}
var O_ACCMODE, O_APPEND, fileKey, lsofFound;
var init_open_writers = __esmMin((() => {
	init_builtins();
	init_processes();
	O_ACCMODE = 3;
	O_APPEND = 1024;
	fileKey = (file) => `${file.dev}:${file.ino}`;
}));
// dist/repairing/live-guard.js
async function liveEvidence(path, stats, minAgeSeconds, format, run) {
	const age = Math.max(0, (Date.now() - stats.mtimeMs) / 1e3);
	const found = await writersOf(path, stats, format, run && runLook(run));
	return {
		age,
		recent: age < minAgeSeconds,
		...found
	};
}
function runLook(run) {
	const kept = runLooks.get(run);
	if (kept && performance.now() - kept.made < LOOK_MS) return kept.look;
	const look = lookAtMachine();
	runLooks.set(run, {
		made: performance.now(),
		look
	});
	return look;
}
function lookAtMachine() {
	const processes = listProcesses();
	return {
		index: openWritersIndex(processes),
		processes
	};
}
async function writersOf(path, stats, format, look) {
	const fromIndex = (found) => ({
		writers: found.byFile.get(fileKey(stats)) ?? [],
		...found.unchecked !== void 0 && { unchecked: found.unchecked }
	});
	const processes = look?.processes ?? listProcesses();
	const [check, owner] = await Promise.all([look?.index ? fromIndex(look.index) : findOpenWriters(stats, path, processes), format?.liveSession?.(path, processes).catch(() => void 0)]);
	const writers = [...check.writers];
	if (owner && !writers.some((writer) => writer.pid === owner.pid)) writers.push({
		pid: owner.pid,
		name: owner.name,
		how: owner.evidence,
		owner: true
	});
	return {
		writers,
		...check.unchecked !== void 0 && { unchecked: check.unchecked }
	};
}
function describeWriters(writers) {
	return writers.map((writer) => `${writer.how} by ${writer.name} (pid ${writer.pid})`).join(", ");
}
function trailingUnanswered(diagnostics, turnBoundaries) {
	const lastBoundary = turnBoundaries?.at(-1) ?? 0;
	const trailing = [];
	for (const diagnostic of diagnostics) if (diagnostic.rule === "missing-output" && diagnostic.line > lastBoundary) trailing.push(diagnostic.line);
	return trailing;
}
function stillRunningReason(evidence) {
	if (evidence.writers.length > 0) return evidence.writers.map((writer) => (writer.owner ? "" : "the file is ") + describeWriters([writer])).join(", ");
	if (evidence.recent) return `the file was written ${evidence.age.toFixed(1)} s ago`;
}
async function notePossiblyRunning(reports, options, minAgeSeconds = 10) {
	let look;
	const noted = [];
	for (const report of reports) {
		const info = "diagnostics" in report && someOf(report.diagnostics, (d) => d.rule === "missing-output") && report.path !== "-" ? await (0, node_fs_promises.stat)(report.path).catch(() => void 0) : void 0;
		if (!info?.isFile() || !("diagnostics" in report)) {
			noted.push(report);
			continue;
		}
		look ??= lookAtMachine();
		const { writers } = await writersOf(report.path, info, report.format && formatByName(report.format), look);
		const age = Math.max(0, (Date.now() - info.mtimeMs) / 1e3);
		const reason = stillRunningReason({
			age,
			recent: age < minAgeSeconds,
			writers
		});
		noted.push(reason ? await withRunningNote(report, reason, options) : report);
	}
	return noted;
}
async function withRunningNote(report, reason, options) {
	try {
		const run = await runCheck(report.path, (await openInputFile(report.path)).chunks, options);
		const trailing = new Set(trailingUnanswered(run.diagnostics, run.facts.history?.turnBoundaries));
		const diagnostics = mapped(report.diagnostics, (d) => d.rule === "missing-output" && trailing.has(d.line) ? {
			...d,
			message: `${d.message} It may still be running: ${reason}.`
		} : d);
		return {
			...report,
			diagnostics
		};
	} catch {
		return report;
	}
}
var LOOK_MS, runLooks;
var init_live_guard = __esmMin((() => {
	init_check_source();
	init_diagnostic_list();
	init_registry();
	init_open_input();
	init_open_writers();
	init_processes();
	LOOK_MS = 1e3;
	runLooks = /* @__PURE__ */ new WeakMap();
}));
// dist/cli/output-is-input.js
async function refuseOutputsThatAreInputs(outputs, inputs) {
	if (outputs.length === 0) return;
	const inputsByFile = /* @__PURE__ */ new Map();
	for (const input of inputs) {
		if ("error" in input) continue;
		const info = input.path === "-" ? stdinFile() : await (0, node_fs_promises.stat)(input.path).catch(() => void 0);
		if (info?.isFile()) inputsByFile.set(identity(info), input.path);
	}
	for (const output of outputs) {
		const info = await (0, node_fs_promises.stat)(output).catch(() => void 0);
		const input = info && inputsByFile.get(identity(info));
		if (input !== void 0) {
			const which = input === output ? "one of the inputs" : `the input ${input}`;
			throw new InputError(output, `is ${which}: writing there would overwrite the session; nothing was written`);
		}
	}
}
function stdinFile() {
	try {
		return (0, node_fs.fstatSync)(0);
	} catch {
		return;
	}
}
var identity;
var init_output_is_input = __esmMin((() => {
	init_input_error();
	init_inputs();
	identity = (info) => `${info.dev}:${info.ino}`;
}));
// dist/cli/progress.js
function progressWanted(options) {
	const stream = options.stream ?? process.stderr;
	const env = options.env ?? process.env;
	if (options.flag === false) return false;
	if (stream.isTTY !== true || env.TERM === "dumb") return false;
	if (options.flag === void 0 && env.PRE_COMMIT) return false;
	return true;
}
function formatBytes(bytes) {
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
		value /= 1024;
		unit += 1;
	}
	return `${unit === 0 ? value : value.toFixed(1)} ${BYTE_UNITS[unit]}`;
}
function progressText(done, total, path, bytes, elapsedMs, width = Infinity) {
	const seconds = Math.floor(elapsedMs / 1e3);
	const size = bytes !== void 0 ? ` (${formatBytes(bytes)})` : "";
	const head = `session-doctor: file ${done}/${total} \u00B7 ${seconds}s \u00B7 `;
	const shown = printable(path);
	const room = width - head.length - size.length;
	if (shown.length <= room) return `${head}${shown}${size}`;
	return `${head}\u2026${shown.slice(shown.length - Math.max(0, room - 1))}${size}`.slice(0, width);
}
function startProgress(total, options = {}) {
	if (!progressWanted(options)) return SILENT;
	const stream = options.stream ?? process.stderr;
	const now = options.now ?? Date.now;
	const started = now();
	const delay = options.flag === true ? 0 : 800;
	let index = 0;
	let path = "";
	let bytes;
	let drawn = false;
	let lastDrawn = -Infinity;
	let ended = false;
	const draw = () => {
		if (ended || index === 0 || now() - started < delay) return;
		const width = Math.max(20, (stream.columns || 80) - 1);
		const text = progressText(index, total, path, bytes, now() - started, width);
		stream.write(`\r\u001b[2K${text}`);
		drawn = true;
		lastDrawn = now();
	};
	const timer = setInterval(draw, 100);
	timer.unref();
	const end = () => {
		if (ended) return;
		ended = true;
		clearInterval(timer);
		process.off("exit", end);
		if (drawn) stream.write("\r\x1B[2K");
	};
	process.once("exit", end);
	return {
		next(nextPath) {
			index += 1;
			path = nextPath;
			try {
				bytes = nextPath === "-" ? void 0 : (0, node_fs.statSync)(nextPath).size;
			} catch {
				bytes = void 0;
			}
			if (now() - lastDrawn >= 100) draw();
		},
		end
	};
}
var SILENT, BYTE_UNITS;
var init_progress = __esmMin((() => {
	init_diagnostic();
	SILENT = {
		next() {},
		end() {}
	};
	BYTE_UNITS = [
		"B",
		"KiB",
		"MiB",
		"GiB",
		"TiB"
	];
}));
// dist/cli/run-check.js
var run_check_exports = /* @__PURE__ */ __exportAll({ runCheckCommand: () => runCheckCommand });
async function runCheckCommand(args, threads) {
	const options = checkOptionsOf(args);
	selectRules(options);
	const inputs = await resolveInputs(await pathsToCheck(args));
	await refuseOutputsThatAreInputs(reportTargets(args).flatMap((target) => target.file ?? []), inputs);
	refuseSessionReportFiles(args);
	const progress = startProgress(inputs.length, { flag: args.progress });
	const files = inputs.filter((input) => !("error" in input) && input.path !== "-").map((input) => input.path);
	const checked = new Map((await checkFiles(files, options, (path) => progress.next(path), threads)).map((outcome) => [outcome.path, outcome]));
	const results = [];
	for (const input of inputs) if ("error" in input) results.push({
		path: input.path,
		error: input.error.message
	});
	else if (input.path === "-") results.push(await checkStdin(args, options));
	else {
		const outcome = checked.get(input.path);
		results.push("error" in outcome ? {
			path: input.path,
			error: outcome.error.message
		} : outcome);
	}
	progress.end();
	return finish("check", args, await notePossiblyRunning(results, options));
}
async function checkStdin(args, options) {
	try {
		return (await runCheck(displayName(args, "-"), process.stdin, options)).report;
	} catch (error) {
		if (!(error instanceof InputError)) throw error;
		return {
			path: displayName(args, "-"),
			error: error.message
		};
	}
}
var init_run_check = __esmMin((() => {
	init_check_files();
	init_check_source();
	init_select_rules();
	init_input_error();
	init_live_guard();
	init_common_run();
	init_inputs();
	init_output_is_input();
	init_progress();
}));
// dist/repairing/plan.js
function movesPinned(repair, pinned) {
	if (!pinned) return false;
	const free = pinned.firstFreeLine;
	return repair.edits.some((edit) => {
		switch (edit.op) {
			case "insert-after": return edit.line < free - 1;
			case "strip-bom":
			case "normalize-line-endings": return free > 1;
			default: return edit.line < free;
		}
	});
}
function planRepairs(diagnostics, facts, unmade) {
	const removed = new LineSet();
	const log = new SortedLog(byLine, EDIT_ROWS);
	let planned = 0;
	let truncateFrom = Infinity;
	let normalizeLineEndings = false;
	let stripBom = false;
	let rewrites = false;
	const apply = (edit) => {
		switch (edit.op) {
			case "remove":
				for (let line = edit.line; line <= (edit.through ?? edit.line); line += 1) removed.add(line);
				break;
			case "truncate-from":
				truncateFrom = Math.min(truncateFrom, edit.line);
				break;
			case "normalize-line-endings":
				normalizeLineEndings = true;
				break;
			case "strip-bom":
				stripBom = true;
				break;
			default:
				rewrites ||= edit.op === "rewrite";
				log.push(edit);
		}
	};
	for (const diagnostic of diagnostics) {
		if (!isPlanned(diagnostic, facts.pinned, unmade)) continue;
		planned += 1;
		diagnostic.repair.edits.forEach(apply);
	}
	if (planned === 0) return void 0;
	const sorted = log.finish();
	const truncated = (line) => line >= truncateFrom;
	const tail = facts.history?.completePlan ? lastInserts(sorted, truncated) : void 0;
	const completion = facts.history?.completePlan?.({
		lines: facts.lines,
		removed: (line) => truncated(line) || removed.has(line),
		truncated,
		insertsAfter: new Map(tail ? [[tail.line, tail.texts]] : []),
		diagnosticsAt: linesOf(diagnostics)
	});
	const completed = [];
	let added = [];
	if (completion) {
		for (const edit of completion.edits.filter((each) => !movesPinned({
			action: "",
			edits: [each]
		}, facts.pinned))) if (edit.op === "insert-after" || edit.op === "rewrite" || edit.op === "end-line") {
			rewrites ||= edit.op === "rewrite";
			completed.push(edit);
		} else apply(edit);
		completed.sort(byLine);
		added = completion.repaired.filter((diagnostic) => isPlanned(diagnostic, facts.pinned)).sort((a, b) => a.line - b.line);
	}
	const original = tail ? withTail(mergedRuns(sorted, byLine, EDIT_ROWS), tail) : mergedRuns(sorted, byLine, EDIT_ROWS);
	const lineEdits = completed.length === 0 ? original : mergeRuns([original, completed], byLine);
	return {
		removed,
		truncateFrom,
		normalizeLineEndings,
		stripBom,
		lineEdits,
		rewrites,
		added,
		release: () => removeRuns(sorted)
	};
}
function lastInserts(sorted, truncated) {
	let tail;
	for (const edit of mergedRuns(sorted, byLine, EDIT_ROWS)) {
		if (edit.op !== "insert-after" || truncated(edit.line)) continue;
		if (tail?.line === edit.line) tail.texts.push(edit.text);
		else tail = {
			line: edit.line,
			texts: [edit.text]
		};
	}
	return tail;
}
function withTail(edits, tail) {
	return { *[Symbol.iterator]() {
		let index = 0;
		for (const edit of edits) yield edit.op === "insert-after" && edit.line === tail.line ? {
			...edit,
			text: tail.texts[index++]
		} : edit;
	} };
}
function linesOf(diagnostics) {
	let asked;
	return (line) => {
		if (asked?.line !== line) {
			const found = [];
			for (const diagnostic of diagnostics) if (diagnostic.line === line) found.push(diagnostic);
			asked = {
				line,
				found
			};
		}
		return asked.found;
	};
}
var NO_CHANGES, PlanReader, isPlanned, byLine, EDIT_ROWS;
var init_plan = __esmMin((() => {
	init_line_set();
	init_sorted_runs();
	NO_CHANGES = {
		rewrites: [],
		inserts: [],
		endLine: false
	};
	PlanReader = class {
		plan;
		#edits;
		#next;
		#line = 0;
		#changes = NO_CHANGES;
		constructor(plan) {
			this.plan = plan;
			this.#edits = plan.lineEdits[Symbol.iterator]();
			this.#next = this.#edits.next();
		}
		changesOf(n) {
			if (n === this.#line) return this.#changes;
			this.#line = n;
			while (!this.#next.done && this.#next.value.line < n) this.#next = this.#edits.next();
			if (this.#next.done || this.#next.value.line !== n) return this.#changes = NO_CHANGES;
			const rewrites = [];
			const inserts = [];
			let endLine = false;
			for (; !this.#next.done && this.#next.value.line === n; this.#next = this.#edits.next()) {
				const edit = this.#next.value;
				if (edit.op === "rewrite") rewrites.push(edit.rewrite);
				else if (edit.op === "insert-after") inserts.push(edit.text);
				else endLine = true;
			}
			return this.#changes = {
				rewrites,
				inserts,
				endLine
			};
		}
		actionOn(n) {
			const { plan } = this;
			if (n >= plan.truncateFrom) return "drop";
			const changes = this.changesOf(n);
			if (plan.removed.has(n) && changes.inserts.length === 0) return "drop";
			return plan.normalizeLineEndings || plan.removed.has(n) || changes !== NO_CHANGES || n === 1 && plan.stripBom ? "edit" : "keep";
		}
	};
	isPlanned = (diagnostic, pinned, unmade) => diagnostic.repair !== void 0 && !movesPinned(diagnostic.repair, pinned) && unmade?.lineIn(diagnostic.repair) === void 0;
	byLine = (a, b) => a.line - b.line;
	EDIT_ROWS = {
		toRow: (edit) => edit,
		fromRow: (row) => row
	};
}));
// dist/repairing/unmade-rewrites.js
var UnmadeRewrite, keyOf, UnmadeRewrites;
var init_unmade_rewrites = __esmMin((() => {
	init_input_error();
	UnmadeRewrite = class extends Error {
		line;
		rewrite;
		constructor(line, rewrite) {
			super(`line ${line} cannot be rewritten (${rewrite.name})`);
			this.line = line;
			this.rewrite = rewrite;
			this.name = "UnmadeRewrite";
		}
	};
	keyOf = (line, rewrite) => JSON.stringify([
		line,
		rewrite.name,
		rewrite.args
	]);
	UnmadeRewrites = class {
		#keys = /* @__PURE__ */ new Set();
		async settle(path, pass, replan) {
			for (;;) try {
				return await pass();
			} catch (error) {
				if (!(error instanceof UnmadeRewrite)) throw error;
				const key = keyOf(error.line, error.rewrite);
				if (this.#keys.has(key)) throw new InputError(path, `${error.message}, an edit no single repair can be left out of; nothing written`);
				this.#keys.add(key);
				replan();
			}
		}
		lineIn(repair) {
			if (this.#keys.size === 0) return void 0;
			for (const edit of [...repair.edits, ...repair.needs ?? []]) if (edit.op === "rewrite" && this.#keys.has(keyOf(edit.line, edit.rewrite))) return edit.line;
		}
	};
}));
// dist/repairing/apply-plan.js
async function* applyPlan(chunks, plan, observe, firstChange) {
	const batch = new Batch();
	const reader = new PlanReader(plan);
	const output = [];
	let changedYet = false;
	const changedAt = (offset) => {
		if (changedYet) return;
		changedYet = true;
		firstChange?.(offset);
	};
	const skip = (n, offset) => {
		if (observe) return void 0;
		const action = SKIP[reader.actionOn(n)];
		if (action === "drop") changedAt(offset);
		return action;
	};
	const splitter = new LineSplitter({
		skip,
		skipped: (piece) => output.push(piece)
	});
	const visit = (line) => {
		const { bytes, eol, inserted, changed } = changeOf(line, reader);
		if (changed) changedAt(line.offset);
		if (bytes) {
			batch.add(bytes);
			batch.add(eol);
		}
		for (const text of inserted) batch.add(text);
		if (typeof output.at(-1) === "number") output[output.length - 1] = batch.size;
		else output.push(batch.size);
		observe?.({
			line,
			...bytes && { written: Buffer.concat([bytes, eol]) },
			inserted,
			changed
		});
	};
	for await (const chunk of chunks) {
		splitter.push(chunk, visit);
		yield* flush();
	}
	splitter.end(visit);
	yield* flush();
	function* flush() {
		let from = 0;
		for (const item of output) if (typeof item !== "number") yield item;
		else if (item > from) yield batch.bytes(from, from = item);
		output.length = 0;
		batch.clear();
	}
}
function changeOf(line, reader) {
	const { plan } = reader;
	const n = line.number;
	if (n >= plan.truncateFrom) return {
		eol: NONE,
		inserted: NO_LINES,
		changed: true
	};
	const changes = reader.changesOf(n);
	const inserted = changes.inserts.length > 0 ? changes.inserts.map((text) => Buffer.from(`${text}\n`)) : NO_LINES;
	if (plan.removed.has(n)) return {
		eol: NONE,
		inserted,
		changed: true
	};
	const record = n === 1 ? withoutBom(line.bytes) : line.bytes;
	let bytes = plan.stripBom ? record : line.bytes;
	if (changes.rewrites.length > 0) {
		bytes = record;
		for (const rewrite of changes.rewrites) {
			bytes = applyRewrite(rewrite, bytes);
			if (!bytes) throw new UnmadeRewrite(n, rewrite);
		}
		if (!plan.stripBom && record !== line.bytes) bytes = Buffer.concat([line.bytes.subarray(0, line.bytes.length - record.length), bytes]);
	}
	const terminate = changes.endLine || line.eol === "\r\n" && plan.normalizeLineEndings || line.eol === "" && inserted.length > 0;
	const eol = terminate ? LF : line.eol === "\n" ? LF : line.eol === "\r\n" ? CRLF : NONE;
	return {
		bytes,
		eol,
		inserted,
		changed: bytes !== line.bytes || terminate || inserted.length > 0
	};
}
var LF, CRLF, NONE, NO_LINES, SKIP, Batch;
var init_apply_plan = __esmMin((() => {
	init_open_input();
	init_utf8_bom();
	init_line_splitter();
	init_edits();
	init_plan();
	init_unmade_rewrites();
	LF = Buffer.from("\n");
	CRLF = Buffer.from("\r\n");
	NONE = Buffer.alloc(0);
	NO_LINES = [];
	SKIP = {
		drop: "drop",
		edit: void 0,
		keep: "pass"
	};
	Batch = class Batch {
		static LARGEST_KEPT = 4 * READ_CHUNK_BYTES;
		#buffer = NONE;
		size = 0;
		add(bytes) {
			if (this.size + bytes.length > this.#buffer.length) {
				const grown = Buffer.allocUnsafeSlow(Math.max(2 * this.#buffer.length, this.size + bytes.length, 65536));
				this.#buffer.copy(grown, 0, 0, this.size);
				this.#buffer = grown;
			}
			this.size += bytes.copy(this.#buffer, this.size);
		}
		bytes(from, to) {
			return this.#buffer.subarray(from, to);
		}
		clear() {
			this.size = 0;
			if (this.#buffer.length > Batch.LARGEST_KEPT) this.#buffer = NONE;
		}
	};
}));
// dist/repairing/fix-outcome.js
function outcome(diagnostics, plan, unmade, runningLines, why, pinned) {
	const done = (diagnostic) => plan !== void 0 && isPlanned(diagnostic, pinned, unmade);
	const all = plan && plan.added.length > 0 ? mergeRuns([diagnostics, plan.added], (a, b) => a.line - b.line) : diagnostics;
	let repaired;
	const count = () => {
		repaired = 0;
		for (const diagnostic of all) if (done(diagnostic)) repaired += 1;
		return repaired;
	};
	const repairOf = (diagnostic) => {
		if (!done(diagnostic)) return void 0;
		const { repair, ...rest } = diagnostic;
		const last = rest.endLine ?? rest.line;
		const otherLines = [...new Set(repair.edits.flatMap((edit) => "line" in edit && (edit.line < rest.line || edit.line > last) && edit.op !== "insert-after" ? [edit.line] : []))];
		return {
			rule: rest.rule,
			code: rest.code,
			line: rest.line,
			...rest.endLine !== void 0 && { endLine: rest.endLine },
			action: repair.action,
			...rest.callId !== void 0 && { callId: rest.callId },
			...otherLines.length > 0 && { otherLines }
		};
	};
	const remainingOf = (diagnostic) => {
		if (done(diagnostic)) return void 0;
		const { repair, ...rest } = diagnostic;
		const pinnedNote = repair && movesPinned(repair, pinned) ? ` Not repaired: ${pinned.reason}` : "";
		const unmadeLine = repair && unmade.lineIn(repair);
		const unmadeNote = unmadeLine ? ` Not repaired: the rewrite of line ${unmadeLine} it needs could not be made, so none of its edits were.` : "";
		const runningNote = rest.rule === "missing-output" && runningLines.has(rest.line) ? ` It may still be running: ${why}.` : "";
		const shown = {
			...rest,
			message: rest.message + pinnedNote + unmadeNote + runningNote
		};
		return repair ? {
			...shown,
			fixable: false
		} : shown;
	};
	const repairs = picked(all, repairOf, () => repaired ?? count());
	const remaining = picked(all, remainingOf, () => diagnostics.length + (plan?.added.length ?? 0) - (repaired ?? count()));
	if (Array.isArray(diagnostics)) return {
		repairs: [...repairs],
		remaining: [...remaining]
	};
	return {
		repairs,
		remaining
	};
}
var init_fix_outcome = __esmMin((() => {
	init_diagnostic_list();
	init_sorted_runs();
	init_plan();
}));
// dist/repairing/last-looks.js
function lastLooksOf(run) {
	let looks = runs.get(run);
	if (!looks) runs.set(run, looks = new LastLooks());
	return looks;
}
var LastLooks, runs;
var init_last_looks = __esmMin((() => {
	init_live_guard();
	LastLooks = class {
		#inFlight = 0;
		#waiting = [];
		enter() {
			this.#inFlight += 1;
		}
		leave() {
			this.#inFlight -= 1;
			this.#serve();
		}
		look() {
			return new Promise((resolve) => {
				this.#waiting.push(resolve);
				this.#serve();
			});
		}
		#serve() {
			if (this.#waiting.length === 0 || this.#waiting.length < this.#inFlight) return;
			const look = lookAtMachine();
			for (const resolve of this.#waiting.splice(0)) resolve(look);
		}
	};
	runs = /* @__PURE__ */ new WeakMap();
}));
// dist/repairing/replace-guard.js
async function refuseReplacing(path, before, options, format) {
	await refuseUnsafeReplacement(path, before, await liveEvidence(path, before, options.minAgeSeconds ?? 10, format, options), options, void 0);
}
async function refuseIfChangedOrOpen(path, before, options, format) {
	await refuseIfChanged(path, before);
	if (!options.allowOpenWriters) refuseIfWriters(path, (await writersOf(path, before, format)).writers, void 0);
}
async function refuseUnsafeReplacement(path, before, evidence, options, running) {
	if (!options.allowOpenWriters) refuseIfWriters(path, evidence.writers, running);
	if (options.force) return;
	if (evidence.recent) throw new FixRefusedError(path, `modified ${evidence.age.toFixed(1)} s ago: it may be a live session still being written; not replaced (wait, or pass --force)${running ? `; ${running}` : ""}`);
	if (before.nlink > 1 && before.nlink - await backupLinks(path, before) > 1) throw new FixRefusedError(path, `has ${before.nlink} hard links: replacing it would leave the other names with the old bytes; not replaced (pass --force to replace this name only)`);
}
async function backupLinks(path, before) {
	const real = await (0, node_fs_promises.realpath)(path);
	const name = (0, node_path.basename)(real);
	let count = 0;
	for (const entry of await (0, node_fs_promises.readdir)((0, node_path.dirname)(real)).catch(() => [])) {
		if (!/^\.bak(\.\d+)?$/.test(entry.slice(name.length)) || !entry.startsWith(name)) continue;
		const info = await (0, node_fs_promises.stat)((0, node_path.join)((0, node_path.dirname)(real), entry)).catch(() => void 0);
		if (info?.ino === before.ino && info.dev === before.dev) count += 1;
	}
	return count;
}
function refuseIfWriters(path, writers, running) {
	if (writers.length === 0) return;
	throw new FixRefusedError(path, `${describeWriters(writers)}: it may still be writing; not replaced (what it writes after a replacement would be lost; --allow-open-writers replaces it anyway)${running ? `; ${running}` : ""}`);
}
async function refuseIfChanged(path, before) {
	const now = await (0, node_fs_promises.stat)(path).catch((error) => Promise.reject(toInputError(path, error)));
	if (now.size !== before.size || now.mtimeMs !== before.mtimeMs || now.ino !== before.ino) throw new FixRefusedError(path, "changed while it was being repaired (a live session?); left untouched");
}
var FixRefusedError;
var init_replace_guard = __esmMin((() => {
	init_input_error();
	init_live_guard();
	FixRefusedError = class extends InputError {};
}));
// dist/repairing/text-spool.js
var IN_MEMORY, READ_BYTES, TextSpool;
var init_text_spool = __esmMin((() => {
	init_sorted_runs();
	IN_MEMORY = 1 << 20;
	READ_BYTES = 1 << 20;
	TextSpool = class {
		#pieces = [];
		#held = 0;
		#fd;
		#path;
		#length = 0;
		get length() {
			return this.#length;
		}
		append(text) {
			this.#pieces.push(text);
			this.#held += text.length;
			this.#length += text.length;
			if (this.#held >= IN_MEMORY) this.#spill();
		}
		*drain() {
			const [fd, path] = [this.#fd, this.#path];
			const held = this.#pieces.join("");
			this.#pieces = [];
			this.#held = 0;
			this.#length = 0;
			this.#fd = this.#path = void 0;
			if (fd !== void 0) try {
				const buffer = Buffer.allocUnsafe(READ_BYTES);
				const decoder = new node_string_decoder.StringDecoder("utf8");
				for (let position = 0;;) {
					const read = (0, node_fs.readSync)(fd, buffer, 0, READ_BYTES, position);
					if (read === 0) break;
					position += read;
					yield decoder.write(buffer.subarray(0, read));
				}
			} finally {
				(0, node_fs.closeSync)(fd);
				(0, node_fs.rmSync)(path, { force: true });
			}
			if (held.length > 0) yield held;
		}
		#spill() {
			if (this.#fd === void 0) {
				this.#path = spillPath("text", "txt");
				this.#fd = (0, node_fs.openSync)(this.#path, "wx+", 384);
			}
			(0, node_fs.writeSync)(this.#fd, this.#pieces.join(""));
			this.#pieces = [];
			this.#held = 0;
		}
	};
}));
// dist/repairing/unified-diff.js
function render(bytes) {
	if (bytes.length > 0 && bytes[bytes.length - 1] === 10) return bytes.subarray(0, bytes.length - 1).toString("utf8");
	return `${bytes.toString("utf8")}\n\\ No newline at end of file`;
}
var CONTEXT, HUNK_ENTRIES, HUNK_CHARS, UnifiedDiff, charsOf;
var init_unified_diff = __esmMin((() => {
	init_text_spool();
	CONTEXT = 3;
	HUNK_ENTRIES = 1024;
	HUNK_CHARS = 1 << 20;
	UnifiedDiff = class {
		oldName;
		newName;
		write;
		#recent = [];
		#hunk;
		#held = 0;
		#head;
		#newBase = 0;
		#trailing = 0;
		#oldNo = 0;
		#newNo = 0;
		#started = false;
		constructor(oldName, newName, write) {
			this.oldName = oldName;
			this.newName = newName;
			this.write = write;
		}
		add(change) {
			const original = Buffer.concat([change.line.bytes, Buffer.from(change.line.eol)]);
			this.#oldNo += 1;
			const keptAsIs = change.written?.equals(original) ?? false;
			if (!change.changed) {
				this.#context(render(original));
				return;
			}
			this.#open();
			if (keptAsIs) this.#push({
				mark: " ",
				text: render(original),
				oldNo: this.#oldNo,
				newNo: ++this.#newNo
			});
			else {
				this.#push({
					mark: "-",
					text: render(original),
					oldNo: this.#oldNo
				});
				if (change.written) this.#push({
					mark: "+",
					text: render(change.written),
					newNo: ++this.#newNo
				});
			}
			for (const bytes of change.inserted) this.#push({
				mark: "+",
				text: render(bytes),
				newNo: ++this.#newNo
			});
			this.#trailing = 0;
			if (this.#hunk.length > HUNK_ENTRIES || this.#held > HUNK_CHARS) this.#spillHead();
		}
		finish() {
			this.#close(this.#hunk ?? []);
		}
		#push(entry) {
			this.#hunk.push(entry);
			this.#held += entry.text.length;
		}
		#context(text) {
			const entry = {
				mark: " ",
				text,
				oldNo: this.#oldNo,
				newNo: ++this.#newNo
			};
			if (!this.#hunk) {
				this.#recent.push(entry);
				if (this.#recent.length > CONTEXT) this.#recent.shift();
				return;
			}
			this.#push(entry);
			this.#trailing += 1;
			if (this.#trailing > 6) {
				const after = this.#hunk.splice(this.#hunk.length - (this.#trailing - CONTEXT));
				this.#close(this.#hunk);
				this.#hunk = void 0;
				this.#recent = after.slice(-3);
			}
		}
		#open() {
			if (this.#hunk) return;
			this.#newBase = this.#recent[0]?.newNo !== void 0 ? this.#recent[0].newNo - 1 : this.#newNo;
			this.#hunk = this.#recent;
			this.#held = charsOf(this.#hunk);
			this.#recent = [];
		}
		#spillHead() {
			const hunk = this.#hunk;
			if (hunk.length <= 6) return;
			const head = this.#head ??= {
				body: new TextSpool(),
				oldStart: void 0,
				newStart: void 0,
				oldLines: 0,
				newLines: 0
			};
			const rendered = hunk.splice(0, hunk.length - 6);
			this.#held = charsOf(hunk);
			let text = "";
			for (const entry of rendered) {
				if (entry.oldNo !== void 0) {
					head.oldStart ??= entry.oldNo;
					head.oldLines += 1;
				}
				if (entry.newNo !== void 0) {
					head.newStart ??= entry.newNo;
					head.newLines += 1;
				}
				text += `${entry.mark}${entry.text}\n`;
			}
			head.body.append(text);
		}
		#close(hunk) {
			const head = this.#head;
			this.#head = void 0;
			if (hunk.length === 0 && !head) return;
			const oldLines = hunk.filter((entry) => entry.oldNo !== void 0);
			const newLines = hunk.filter((entry) => entry.newNo !== void 0);
			const oldStart = head?.oldStart ?? oldLines[0]?.oldNo ?? 0;
			const newStart = head?.newStart ?? newLines[0]?.newNo ?? this.#newBase;
			if (!this.#started) this.write(`--- ${this.oldName}\n+++ ${this.newName}\n`);
			this.#started = true;
			this.write(`@@ -${oldStart},${(head?.oldLines ?? 0) + oldLines.length} +${newStart},${(head?.newLines ?? 0) + newLines.length} @@\n`);
			if (head) for (const piece of head.body.drain()) this.write(piece);
			let text = "";
			for (const entry of hunk) text += `${entry.mark}${entry.text}\n`;
			this.write(text);
		}
	};
	charsOf = (entries) => entries.reduce((chars, entry) => chars + entry.text.length, 0);
}));
// dist/repairing/temp-writer.js
async function createTempFile(path, mode, sizeHint) {
	const stages = sizeHint >= 8388608 && node_fs.constants.O_DIRECT !== void 0 ? takeStages() : void 0;
	if (stages) {
		const handle = await (0, node_fs_promises.open)(path, node_fs.constants.O_WRONLY | node_fs.constants.O_CREAT | node_fs.constants.O_EXCL | node_fs.constants.O_DIRECT, mode).catch((error) => {
			if (error.code === "EINVAL") return void 0;
			throw error;
		});
		if (handle) return new DirectWriter(handle, path, stages);
		giveBack(stages);
	}
	return new BufferedWriter(await (0, node_fs_promises.open)(path, "wx", mode));
}
async function writeAll(handle, chunk, position) {
	let offset = 0;
	while (offset < chunk.length) {
		const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset, position + offset);
		offset += bytesWritten;
	}
}
function takeStages() {
	if (staged === MAX_STAGED) return void 0;
	let stages = freeStages.pop();
	if (!stages) try {
		const stage = () => Buffer.from(new WebAssembly.Memory({
			initial: STAGE_PAGES,
			maximum: STAGE_PAGES
		}).buffer);
		stages = [stage(), stage()];
	} catch {
		return;
	}
	staged += 1;
	return stages;
}
function giveBack(stages) {
	staged -= 1;
	freeStages.push(stages);
}
var BufferedWriter, ALIGNMENT, STAGE_PAGES, STAGE_BYTES, DirectWriter, NO_STAGES, freeStages, MAX_STAGED, staged, BackgroundFlush;
var init_temp_writer = __esmMin((() => {
	BufferedWriter = class {
		handle;
		#flush;
		#position = 0;
		constructor(handle) {
			this.handle = handle;
			this.#flush = new BackgroundFlush(handle);
		}
		async write(chunk) {
			await writeAll(this.handle, chunk, this.#position);
			this.#position += chunk.length;
			this.#flush.wrote(chunk.length);
		}
		async rewind(length) {
			await this.handle.truncate(length);
			this.#position = length;
		}
		finish() {
			return this.#flush.done();
		}
		settled() {
			return this.#flush.settled();
		}
	};
	ALIGNMENT = 4096;
	STAGE_PAGES = 32;
	STAGE_BYTES = STAGE_PAGES * 65536;
	DirectWriter = class {
		path;
		writeAt;
		#handle;
		#stages;
		#filled = 0;
		#written = 0;
		#pending;
		#failure;
		#buffered;
		constructor(handle, path, stages, writeAt = writeAll) {
			this.path = path;
			this.writeAt = writeAt;
			this.#handle = handle;
			this.#stages = stages;
		}
		get handle() {
			return this.#buffered?.handle ?? this.#handle;
		}
		async write(chunk) {
			let from = 0;
			while (from < chunk.length) {
				const buffered = this.#buffered;
				if (buffered) return buffered.write(chunk.subarray(from));
				const copied = chunk.copy(this.#stages[0], this.#filled, from);
				this.#filled += copied;
				from += copied;
				if (this.#filled === 2097152) await this.#writeStage(STAGE_BYTES);
			}
		}
		async writeFrom(read) {
			if (this.#buffered) {
				const into = Buffer.allocUnsafe(STAGE_BYTES);
				const got = await read(into);
				await this.#buffered.write(into.subarray(0, got));
				return got;
			}
			const got = await read(this.#stages[0].subarray(this.#filled));
			this.#filled += got;
			if (this.#filled === 2097152) await this.#writeStage(STAGE_BYTES);
			return got;
		}
		async caughtUp() {
			await this.#pending;
			if (this.#failure) throw this.#failure.error;
		}
		async rewind(length, readBack) {
			await this.caughtUp();
			if (this.#buffered) return this.#buffered.rewind(length);
			if (length > this.#written + this.#filled) throw new RangeError(`cannot rewind to ${length}: only ${this.#written + this.#filled} bytes were written`);
			if (length >= this.#written) {
				this.#filled = length - this.#written;
				return;
			}
			const block = length - length % ALIGNMENT;
			this.#written = block;
			this.#filled = length - block;
			await readBack(this.#stages[0].subarray(0, this.#filled), block);
		}
		async finish() {
			if (!this.#buffered) {
				const tail = this.#filled;
				const length = this.#written + tail;
				if (tail > 0) {
					const padded = Math.ceil(tail / ALIGNMENT) * ALIGNMENT;
					this.#stages[0].fill(0, tail, padded);
					await this.#writeStage(padded, tail);
				}
				await this.settled();
				if (this.#failure) throw this.#failure.error;
				if (!this.#buffered) await this.#handle.truncate(length);
			}
			await this.#buffered?.finish();
		}
		async settled() {
			await this.#pending;
			await this.#buffered?.settled();
			if (this.#stages[0].length > 0) giveBack(this.#stages);
			this.#stages = NO_STAGES;
		}
		async #writeStage(length, real = length) {
			await this.#pending;
			if (this.#failure) throw this.#failure.error;
			const [full, next] = this.#stages;
			const position = this.#written;
			this.#written += length;
			this.#filled = 0;
			const write = this.writeAt(this.#handle, full.subarray(0, length), position);
			if (position > 0) this.#pending = write.catch((error) => void (this.#failure ??= { error }));
			else try {
				await write;
			} catch (error) {
				if (error.code !== "EINVAL") throw error;
				return this.#fallBack(full.subarray(0, real));
			}
			this.#stages = [next, full];
		}
		async #fallBack(written) {
			await this.#handle.close();
			const handle = await (0, node_fs_promises.open)(this.path, "r+");
			await handle.truncate(0);
			this.#buffered = new BufferedWriter(handle);
			await this.#buffered.write(written);
		}
	};
	NO_STAGES = [Buffer.alloc(0), Buffer.alloc(0)];
	freeStages = [];
	MAX_STAGED = 4;
	staged = 0;
	BackgroundFlush = class BackgroundFlush {
		handle;
		static EVERY_BYTES = 64 << 20;
		#pending;
		#running = false;
		#failure;
		#unflushed = 0;
		constructor(handle) {
			this.handle = handle;
		}
		wrote(bytes) {
			this.#unflushed += bytes;
			if (this.#unflushed < BackgroundFlush.EVERY_BYTES || this.#running) return;
			this.#unflushed = 0;
			this.#running = true;
			this.#pending = this.handle.datasync().then(() => void (this.#running = false), (error) => {
				this.#running = false;
				this.#failure ??= { error };
			});
		}
		async done() {
			await this.#pending;
			if (this.#failure) throw this.#failure.error;
		}
		async settled() {
			await this.#pending;
		}
	};
}));
// dist/repairing/write-atomically.js
async function openTemp(target, mode, sizeHint) {
	const folder = (0, node_path.dirname)(target);
	await removeStaleTempFiles(folder);
	const path = tempPathFor(folder, target);
	const release = removeOnInterrupt(path);
	try {
		return {
			path,
			writer: await createTempFile(path, mode, sizeHint),
			release
		};
	} catch (error) {
		release();
		throw toInputError(target, error);
	}
}
async function discardTemp(temp) {
	try {
		await temp.writer.settled();
		await temp.writer.handle.close();
	} finally {
		await (0, node_fs_promises.unlink)(temp.path).catch(() => void 0);
		temp.release();
	}
}
async function writeAtomically(target, chunks, options = {}, given) {
	const folder = (0, node_path.dirname)(target);
	const usable = given !== void 0 && (0, node_path.dirname)(given.path) === folder;
	if (given && !usable) await discardTemp(given);
	const temp = usable ? given : await openTemp(target, options.mode ?? 420, options.sizeHint ?? 0);
	const { writer } = temp;
	let backup;
	let renamed = false;
	try {
		try {
			for await (const chunk of chunks) await writer.write(chunk);
			await writer.finish();
			if (options.mode !== void 0) await writer.handle.chmod(options.mode);
			if (options.owner) await (0, node_fs_promises.chown)(temp.path, options.owner.uid, options.owner.gid).catch(ignoreWhenNotPermitted);
			await writer.handle.sync();
		} finally {
			await writer.settled();
			await writer.handle.close();
		}
		await pauseForTest("temp-written");
		if (options.backup) {
			const path = await makeBackup(target);
			backup = {
				path,
				release: removeOnInterrupt(path)
			};
		}
		await pauseForTest("backup-made");
		const temporary = await (0, node_fs_promises.stat)(temp.path);
		await options.beforeRename?.(temporary);
		backup?.release();
		if (options.noClobber) {
			(0, node_fs.linkSync)(temp.path, target);
			renamed = true;
			await (0, node_fs_promises.unlink)(temp.path);
		} else {
			(0, node_fs.renameSync)(temp.path, target);
			renamed = true;
		}
		await pauseForTest("renamed");
		await syncFolder(folder);
		return backup?.path;
	} catch (error) {
		if (!renamed) {
			await (0, node_fs_promises.unlink)(temp.path).catch(() => void 0);
			if (backup) await (0, node_fs_promises.unlink)(backup.path).catch(() => void 0);
		}
		throw error instanceof Error && error.name === "AbortError" || error instanceof UnmadeRewrite ? error : toInputError(target, error);
	} finally {
		temp.release();
	}
}
async function pauseForTest(step) {
	if (process.env.SESSION_DOCTOR_TEST_PAUSE !== step) return;
	process.stderr.write(`session-doctor: paused at ${step}\n`);
	await new Promise(() => setInterval(() => void 0, 6e4));
}
function ignoreWhenNotPermitted(error) {
	if (error.code !== "EPERM" && error.code !== "EINVAL" && error.code !== "ENOSYS") throw error;
}
async function syncFolder(folder) {
	await syncPath(folder, (error) => error.code === "EINVAL" || error.code === "EISDIR" || error.code === "EPERM");
}
async function syncPath(path, tolerated = () => false) {
	const handle = await (0, node_fs_promises.open)(path, "r");
	try {
		await handle.sync().catch((error) => {
			if (!tolerated(error)) throw error;
		});
	} finally {
		await handle.close();
	}
}
async function makeBackup(file) {
	for (let index = 0;; index += 1) {
		const candidate = index === 0 ? `${file}.bak` : `${file}.bak.${index}`;
		try {
			await (0, node_fs_promises.link)(file, candidate);
			return candidate;
		} catch (error) {
			const code = error.code;
			if (code === "EEXIST") continue;
			if (code !== "EXDEV" && code !== "EPERM" && code !== "ENOTSUP" && code !== "EMLINK") throw toInputError(candidate, error);
		}
		if (await copyBackup(file, candidate)) return candidate;
	}
}
async function copyBackup(file, candidate) {
	const temp = tempPathFor((0, node_path.dirname)(candidate), candidate);
	const release = removeOnInterrupt(temp);
	try {
		await (0, node_fs_promises.copyFile)(file, temp, node_fs.constants.COPYFILE_EXCL);
		await syncPath(temp);
		try {
			await (0, node_fs_promises.link)(temp, candidate);
			return true;
		} catch (error) {
			const code = error.code;
			if (code === "EEXIST") return false;
			if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EMLINK") throw error;
		}
		if (await (0, node_fs_promises.stat)(candidate).then(() => true, () => false)) return false;
		await (0, node_fs_promises.rename)(temp, candidate);
		return true;
	} catch (error) {
		throw toInputError(candidate, error);
	} finally {
		await (0, node_fs_promises.unlink)(temp).catch(() => void 0);
		release();
	}
}
var init_write_atomically = __esmMin((() => {
	init_input_error();
	init_temp_files();
	init_temp_writer();
	init_unmade_rewrites();
}));
// dist/repairing/prefix-copy.js
async function* writtenOn(repaired, firstChange, copied, resumeAt) {
	let offset = 0;
	let resumed = false;
	for await (const chunk of repaired) {
		if (resumed) {
			yield chunk;
			continue;
		}
		const from = Math.min(copied, firstChange() ?? Infinity);
		const end = offset + chunk.length;
		if (end <= from) {
			offset = end;
			continue;
		}
		await resumeAt(from);
		resumed = true;
		yield chunk.subarray(from - offset);
	}
	if (!resumed) await resumeAt(offset);
}
async function readFully(source, into, position) {
	for (let done = 0; done < into.length;) {
		const { bytesRead } = await source.read(into, done, into.length - done, position + done);
		if (bytesRead === 0) throw new Error(`the file ended at ${position + done} bytes, before the ${position + into.length} its copy holds`);
		done += bytesRead;
	}
}
var PrefixCopy;
var init_prefix_copy = __esmMin((() => {
	init_open_input();
	init_temp_writer();
	init_write_atomically();
	PrefixCopy = class PrefixCopy {
		path;
		target;
		inPlace;
		eager;
		#limit = 0;
		#frozen = false;
		#stopped = false;
		#copied = 0;
		#wake;
		#running;
		#temp;
		#source;
		#before;
		constructor(path, target, inPlace, eager) {
			this.path = path;
			this.target = target;
			this.inPlace = inPlace;
			this.eager = eager;
		}
		static for(path, target, options) {
			if (typeof target !== "string" || options.dryRun || options.diff || isCompressed(path)) return void 0;
			return new PrefixCopy(path, target, options.inPlace === true, !options.inPlace && typeof options.output === "string");
		}
		opened(before) {
			if (before.size < 8388608) return;
			this.#before = before;
			if (this.eager) this.#start();
		}
		async *following(chunks) {
			let read = 0;
			for await (const chunk of chunks) {
				read += chunk.length;
				if (!this.#frozen) {
					this.#limit = read;
					this.#wake?.();
				}
				yield chunk;
			}
		}
		repairMade() {
			if (this.#frozen) return;
			this.#frozen = true;
			this.#start();
		}
		async take() {
			await this.#stop();
			const temp = this.#temp;
			this.#temp = void 0;
			if (!temp) return void 0;
			const { writer } = temp;
			const source = this.#source;
			if (!(writer instanceof DirectWriter)) return {
				temp,
				writtenOn: (repaired) => repaired
			};
			if (!source || !await writer.caughtUp().then(() => true, () => false)) {
				await discardTemp(temp).catch(() => void 0);
				return;
			}
			const copied = this.#copied;
			const readBack = (into, position) => readFully(source, into, position);
			return {
				temp,
				writtenOn: (repaired, firstChange) => writtenOn(repaired, firstChange, copied, (offset) => writer.rewind(offset, readBack))
			};
		}
		async dispose() {
			await this.#stop();
			if (this.#temp) await discardTemp(this.#temp).catch(() => void 0);
			this.#temp = void 0;
			await this.#source?.close().catch(() => void 0);
			this.#source = void 0;
		}
		#start() {
			if (this.#running || !this.#before || this.#stopped) return;
			this.#running = this.#copy(this.#before).catch(async () => {
				if (this.#temp) await discardTemp(this.#temp).catch(() => void 0);
				this.#temp = void 0;
			});
		}
		async #stop() {
			this.#stopped = true;
			this.#wake?.();
			await this.#running;
		}
		async #copy(before) {
			const real = this.inPlace ? await (0, node_fs_promises.realpath)(this.path) : this.target;
			this.#temp = await openTemp(real, before.mode & 4095, before.size);
			await pauseForTest("copy-started");
			const { writer } = this.#temp;
			if (!(writer instanceof DirectWriter)) return;
			const source = this.#source = await (0, node_fs_promises.open)(this.path, READ_FLAGS);
			for (;;) {
				if (this.#stopped) return;
				const room = Math.min(this.#limit, before.size) - this.#copied;
				if (room <= 0) {
					if (this.#frozen) return;
					await new Promise((resolve) => this.#wake = resolve);
					continue;
				}
				const got = await writer.writeFrom(async (into) => (await source.read(into, 0, Math.min(into.length, room), this.#copied)).bytesRead);
				if (got === 0) return;
				this.#copied += got;
			}
		}
	};
}));
// dist/repairing/fix-file.js
async function fixFileLazily(path, options = {}) {
	const looks = lastLooksOf(options);
	looks.enter();
	try {
		return await repairFile(path, options, looks);
	} finally {
		looks.leave();
	}
}
async function repairFile(path, options, looks) {
	const target = destination(path, options);
	const copy = PrefixCopy.for(path, target, options);
	try {
		return await repairWithCopy(path, target, options, looks, copy);
	} finally {
		await copy?.dispose();
	}
}
async function repairWithCopy(path, target, options, looks, copy) {
	const shownPath = options.displayPath ?? path;
	const { before, run, plan: firstPlan } = await checkAndPlan(path, shownPath, options, copy);
	let plan = firstPlan;
	const guard = await guardFile(path, before, run, plan, options);
	const diffPieces = [];
	let diff;
	const original = () => options.signal ? abortable(readChunks(path, { reuseBuffer: true }), options.signal) : readChunks(path, { reuseBuffer: true });
	let firstChange;
	const repaired = () => {
		firstChange = void 0;
		return plan ? applyPlan(original(), plan, diff && ((change) => diff.add(change)), (offset) => firstChange = offset) : original();
	};
	const lastLook = async () => {
		if (!options.allowOpenWriters) refuseIfWriters(path, (await writersOf(path, before, run.facts.format, await looks.look())).writers, guard.runningWarning);
	};
	let written;
	const write = async () => {
		diffPieces.length = 0;
		diff = options.diff ? new UnifiedDiff(shownPath, typeof target === "string" ? target : shownPath, options.onDiff ?? ((text) => diffPieces.push(text))) : void 0;
		const nothingToWrite = !plan && (options.inPlace || options.output === void 0);
		if (options.dryRun || nothingToWrite) {
			if (diff && plan) await drain(repaired());
		} else {
			const prefix = await copy?.take();
			written = await writeRepaired(path, target, prefix ? prefix.writtenOn(repaired(), () => firstChange) : repaired(), before, options, lastLook, prefix?.temp);
		}
	};
	const unmade = new UnmadeRewrites();
	const settled = (pass) => unmade.settle(path, pass, () => {
		plan?.release?.();
		plan = planRepairs(run.diagnostics, run.facts, unmade);
	});
	if (!(typeof target !== "string" || options.onDiff !== void 0 || options.dryRun === true)) await settled(write);
	else {
		if (plan?.rewrites) await settled(async () => plan ? drain(applyPlan(original(), plan)) : void 0);
		await write().catch((error) => {
			throw error instanceof UnmadeRewrite ? new FixRefusedError(path, `changed while it was being repaired (${error.message}); what was written of it is incomplete`) : error;
		});
	}
	plan?.release?.();
	const { repairs, remaining } = outcome(run.diagnostics, plan, unmade, new Set(guard.running ? guard.trailing : []), guard.running, run.facts.pinned);
	diff?.finish();
	const diffText = diffPieces.join("");
	const { diagnostics: _diagnostics, ...report } = run.report;
	const diagnostics = run.diagnostics;
	return {
		...report,
		release: releaserOf(diagnostics),
		diagnostics: remaining,
		repairs,
		...written,
		...diffText && { diff: diffText },
		...guard.notes.length > 0 && { notes: guard.notes },
		...options.dryRun && { dryRun: true }
	};
}
async function checkAndPlan(path, shownPath, options, copy) {
	const { chunks, stats: before } = await openInputFile(path);
	copy?.opened(before);
	const checked = async (run) => withLinkedProblems(path, run, options);
	const copying = copy && { onRepair: () => copy.repairMade() };
	let run = await checked(await runCheck(shownPath, copy ? copy.following(chunks) : chunks, {
		...options,
		repairs: true,
		...copying
	}));
	let plan = planRepairs(run.diagnostics, run.facts);
	const pinnedPrefix = plan && await run.facts.format?.links?.pinnedPrefix(path, options);
	if (pinnedPrefix) {
		plan?.release?.();
		releaseList(run.diagnostics);
		run = await checked(await runCheck(shownPath, readChunks(path), {
			...options,
			repairs: true,
			pinnedPrefix
		}));
		plan = planRepairs(run.diagnostics, run.facts);
	}
	return {
		before,
		run,
		plan
	};
}
async function guardFile(path, before, run, plan, options) {
	const replacing = options.inPlace === true && !options.dryRun && plan !== void 0;
	const trailing = trailingUnanswered(run.diagnostics, run.facts.history?.turnBoundaries);
	const evidence = replacing || trailing.length > 0 ? await liveEvidence(path, before, options.minAgeSeconds ?? 10, run.facts.format, options) : void 0;
	const running = evidence && trailing.length > 0 ? stillRunningReason(evidence) : void 0;
	const lines = trailing.join(", ");
	const runningNote = running && `line ${lines}: the unanswered call may still be running (${running})`;
	const runningWarning = running && `its unanswered call at line ${lines} may still be running`;
	const notes = [...runningNote ? [runningNote] : [], ...evidence?.unchecked !== void 0 && replacing ? [evidence.unchecked] : []];
	if (replacing) await refuseUnsafeReplacement(path, before, evidence, options, runningWarning);
	return {
		trailing,
		running,
		runningWarning,
		notes
	};
}
async function writeRepaired(path, target, chunks, before, options, lastLook, temp) {
	if (typeof target !== "string") {
		await pipeTo(chunks, target);
		return { written: "-" };
	}
	const mode = before.mode & 4095;
	const sizeHint = before.size;
	if (options.inPlace && isCompressed(path)) {
		await writeAtomically(target, chunks, {
			mode,
			sizeHint,
			noClobber: true,
			beforeRename: () => refuseIfChanged(path, before)
		});
		return {
			written: target,
			backup: path
		};
	}
	if (options.inPlace) {
		const real = await (0, node_fs_promises.realpath)(path).catch((error) => Promise.reject(toInputError(path, error)));
		const made = await writeAtomically(real, chunks, {
			mode,
			sizeHint,
			owner: {
				uid: before.uid,
				gid: before.gid
			},
			backup: options.backup !== false,
			beforeRename: async (temp) => {
				await refuseIfChanged(path, before);
				if (!options.force && (temp.uid !== before.uid || temp.gid !== before.gid)) throw new FixRefusedError(path, `its owner ${before.uid}:${before.gid} cannot be kept (the repaired file would belong to ${temp.uid}:${temp.gid}); not replaced (run as its owner or root, or pass --force)`);
				await lastLook();
			}
		}, temp);
		if (made === void 0) return { written: path };
		return {
			written: path,
			backup: real === (0, node_path.resolve)(path) ? path + made.slice(real.length) : made
		};
	}
	await writeAtomically(target, chunks, {
		mode,
		sizeHint,
		beforeRename: () => refuseIfChanged(path, before)
	}, temp);
	return { written: target };
}
function destination(path, options) {
	if (options.inPlace) return plainPathOf(path);
	return options.output ?? copyPathFor(path);
}
async function drain(chunks) {
	for await (const _ of chunks);
}
async function pipeTo(chunks, stream) {
	for await (const chunk of chunks) if (!stream.write(Buffer.from(chunk))) await new Promise((resolve) => stream.once("drain", resolve));
}
var plainPathOf, copyPathFor, releaseList, releaserOf, NOTHING_TO_RELEASE;
var init_fix_file = __esmMin((() => {
	init_check_source();
	init_diagnostic_list();
	init_input_error();
	init_open_input();
	init_apply_plan();
	init_fix_outcome();
	init_last_looks();
	init_live_guard();
	init_plan();
	init_replace_guard();
	init_unified_diff();
	init_unmade_rewrites();
	init_prefix_copy();
	init_write_atomically();
	plainPathOf = (path) => isCompressed(path) ? path.slice(0, -4) : path;
	copyPathFor = (path) => `${plainPathOf(path)}.fixed`;
	releaseList = (list) => list instanceof SpilledDiagnostics ? list.release() : void 0;
	releaserOf = (list) => list instanceof SpilledDiagnostics ? () => list.release() : NOTHING_TO_RELEASE;
	NOTHING_TO_RELEASE = () => {};
}));
// dist/repairing/in-flight.js
async function inFlight(count, sizeOf, work, limits = FIX_IN_FLIGHT) {
	const running = /* @__PURE__ */ new Set();
	let bytes = 0;
	let failed;
	for (let index = 0; index < count; index += 1) {
		const size = sizeOf(index);
		while (running.size > 0 && (running.size >= limits.files || bytes + size > limits.bytes)) await Promise.race(running);
		if (failed) break;
		bytes += size;
		const task = work(index).catch((error) => void (failed ??= { error })).finally(() => {
			bytes -= size;
			running.delete(task);
		});
		running.add(task);
	}
	await Promise.all(running);
	if (failed) throw failed.error;
}
function sizeOnDisk(path) {
	try {
		return (0, node_fs.statSync)(path).size;
	} catch {
		return 0;
	}
}
var FIX_IN_FLIGHT;
var init_in_flight = __esmMin((() => {
	FIX_IN_FLIGHT = {
		files: 16,
		bytes: 64 * 2 ** 20
	};
}));
// dist/cli/run-fix.js
var run_fix_exports = /* @__PURE__ */ __exportAll({ runFixCommand: () => runFixCommand });
async function runFixCommand(args) {
	const base = checkOptionsOf(args);
	selectRules(base);
	if (args.inPlace && args.copyTo !== void 0) throw new UsageError("--in-place and --copy-to exclude each other");
	if (args.copyTo !== void 0 && args.copyTo !== "-") {
		const copy = (0, node_path.resolve)(args.copyTo);
		if (reportTargets(args).some(({ file }) => file !== void 0 && (0, node_path.resolve)(file) === copy)) throw new UsageError(`${args.copyTo}: --copy-to and the report file name the same file`);
	}
	const inputs = await resolveInputs(await pathsToCheck(args));
	if (args.copyTo !== void 0 && args.copyTo !== "-" && inputs.length > 1) throw new UsageError("--copy-to names one file, but more than one input was given");
	await refuseOutputsThatAreInputs([...reportTargets(args).flatMap((target) => target.file ?? []), ...repairedCopies(args, inputs)], inputs);
	refuseSessionReportFiles(args);
	const stdoutTaken = args.diff || args.copyTo === "-" || inputs.some((input) => input.path === "-") && args.copyTo === void 0;
	const results = [];
	const releases = [];
	const progress = startProgress(inputs.length, { flag: stdoutTaken ? false : args.progress });
	const options = fixOptionsOf(args, base);
	const limits = stdoutTaken ? {
		files: 1,
		bytes: 0
	} : FIX_IN_FLIGHT;
	await inFlight(inputs.length, (index) => inputs[index].path === "-" ? 0 : sizeOnDisk(inputs[index].path), async (index) => {
		const input = inputs[index];
		progress.next(input.path);
		if ("error" in input) {
			results[index] = {
				path: input.path,
				error: input.error.message
			};
			return;
		}
		try {
			const { release, ...report } = await fixOne(input.path, args, options);
			releases.push(release);
			results[index] = report;
		} catch (error) {
			if (!(error instanceof InputError)) throw error;
			const where = error.path === input.path ? "" : `${error.path}: `;
			results[index] = {
				path: displayName(args, input.path),
				error: `${where}${error.message}`
			};
		}
	}, limits);
	progress.end();
	printNotes(results);
	const code = await finish("fix", args, results, stdoutTaken ? process.stderr : process.stdout);
	for (const release of releases) release();
	return args.diff && code === 0 && results.some((result) => !("error" in result) && (result.repairs?.length ?? 0) > 0) ? 1 : code;
}
function printNotes(results) {
	const shown = /* @__PURE__ */ new Set();
	for (const result of results) for (const note of "notes" in result && result.notes || []) {
		const line = note.startsWith("line ") ? `${printable(result.path)}: ${note}` : note;
		if (!shown.has(line)) process.stderr.write(`session-doctor: ${line}\n`);
		shown.add(line);
	}
}
function repairedCopies(args, inputs) {
	if (args.inPlace || args.dryRun || args.diff) return [];
	if (args.copyTo !== void 0) return args.copyTo === "-" ? [] : [args.copyTo];
	return inputs.flatMap((input) => input.path === "-" ? [] : [copyPathFor(input.path)]);
}
function fixOptionsOf(args, base) {
	return {
		...base,
		strategy: args.strategy,
		...args.placeholderText !== void 0 && { placeholderText: args.placeholderText },
		inPlace: args.inPlace,
		backup: args.backup,
		dryRun: args.dryRun || args.diff,
		diff: args.diff,
		...args.diff && { onDiff: (text) => void process.stdout.write(text) },
		force: args.force,
		allowOpenWriters: args.allowOpenWriters,
		unsafeFixes: args.unsafeFixes,
		minAgeSeconds: args.minAge,
		...args.copyTo !== void 0 && { output: args.copyTo === "-" ? process.stdout : args.copyTo }
	};
}
async function fixOne(path, args, options) {
	if (path !== "-") return await fixFileLazily(path, options);
	if (args.inPlace) throw new InputError("-", "--in-place cannot replace stdin");
	const spooled = await spoolStdin();
	try {
		return await fixFileLazily(spooled.path, {
			...options,
			displayPath: displayName(args, "-"),
			output: options.output ?? process.stdout
		});
	} finally {
		await spooled.dispose();
	}
}
var init_run_fix = __esmMin((() => {
	init_diagnostic();
	init_select_rules();
	init_input_error();
	init_fix_file();
	init_in_flight();
	init_common_run();
	init_inputs();
	init_output_is_input();
	init_progress();
	init_usage_error();
}));
// dist/repairing/restore.js
async function listBackups(path) {
	const real = await (0, node_fs_promises.realpath)(path).catch((error) => Promise.reject(toInputError(path, error)));
	const folder = (0, node_path.dirname)(real);
	const name = (0, node_path.basename)(real);
	const shownFolder = real === (0, node_path.resolve)(path) ? (0, node_path.dirname)(path) : folder;
	const backups = [];
	for (const entry of await (0, node_fs_promises.readdir)(folder).catch((error) => Promise.reject(toInputError(folder, error)))) {
		const index = backupIndex(name, entry);
		if (index === void 0) continue;
		const info = await (0, node_fs_promises.stat)((0, node_path.join)(folder, entry)).catch(() => void 0);
		if (info?.isFile()) backups.push({
			path: (0, node_path.join)(shownFolder, entry),
			index,
			size: info.size,
			mtimeMs: info.mtimeMs
		});
	}
	return backups.sort((a, b) => a.index - b.index);
}
function backupIndex(name, entry) {
	if (entry === `${name}.bak`) return 0;
	const suffix = entry.startsWith(`${name}.bak.`) ? entry.slice(name.length + 5) : "";
	return /^[1-9][0-9]*$/.test(suffix) ? Number(suffix) : void 0;
}
async function restoreBackup(path, options = {}) {
	const before = await (0, node_fs_promises.stat)(path).catch((error) => Promise.reject(toInputError(path, error)));
	if (!before.isFile()) throw new InputError(path, "not a regular file");
	const newest = (await listBackups(path)).at(-1);
	if (!newest) throw new InputError(path, `no backup to restore (${(0, node_path.basename)(path)}.bak, made by fix --in-place)`);
	const format = await formatOfFile(path);
	await refuseReplacing(path, before, options, format);
	const real = await (0, node_fs_promises.realpath)(path).catch((error) => Promise.reject(toInputError(path, error)));
	const source = (0, node_path.join)((0, node_path.dirname)(real), (0, node_path.basename)(newest.path));
	await refuseIfChangedOrOpen(path, before, options, format);
	try {
		await (0, node_fs_promises.rename)(source, real);
		await syncFolder((0, node_path.dirname)(real));
	} catch (error) {
		throw toInputError(path, error);
	}
	return {
		path,
		restoredFrom: newest.path
	};
}
var init_restore = __esmMin((() => {
	init_check_source();
	init_input_error();
	init_replace_guard();
	init_write_atomically();
}));
// dist/cli/run-restore.js
var run_restore_exports = /* @__PURE__ */ __exportAll({ runRestoreCommand: () => runRestoreCommand });
async function runRestoreCommand(args) {
	if (args.files.length === 0) throw new UsageError("restore: name the files to restore (session-doctor restore FILE\u2026)");
	let code = 0;
	const out = [];
	const options = {
		force: args.force,
		minAgeSeconds: args.minAge
	};
	for (const file of args.files) try {
		if (args.list) out.push(...await backupLines(file));
		else {
			const { restoredFrom } = await restoreBackup(file, options);
			out.push(`restored ${printable(file)} from ${printable(restoredFrom)}`);
		}
	} catch (error) {
		if (!(error instanceof InputError)) throw error;
		code = 2;
		process.stderr.write(`session-doctor: ${printable(error.path)}: ${printable(error.message)}\n`);
	}
	await writeReport(out.length > 0 ? `${out.join("\n")}\n` : "", void 0);
	return code;
}
async function backupLines(file) {
	const backups = await listBackups(file);
	if (backups.length === 0) return [`${printable(file)}: no backups`];
	return [`${printable(file)}: ${backups.length === 1 ? "1 backup" : `${backups.length} backups`}, newest last (restore puts the newest back)`, ...backups.map((backup) => `  ${printable(backup.path)}  ${formatBytes(backup.size)}  ${new Date(backup.mtimeMs).toISOString()}`)];
}
var init_run_restore = __esmMin((() => {
	init_diagnostic();
	init_input_error();
	init_restore();
	init_progress();
	init_report_output();
	init_usage_error();
}));
// dist/cli/run-rules.js
var run_rules_exports = /* @__PURE__ */ __exportAll({
	explainText: () => explainText,
	rulesText: () => rulesText
});
function rulesText(format) {
	if (format === "json") {
		const rules = RULES.map(({ name, code, severity, fixable, summary, explanation }) => ({
			name,
			code,
			severity,
			fixable,
			summary,
			explanation
		}));
		return `${JSON.stringify(rules, null, 2)}\n`;
	}
	const rows = [[
		"code",
		"rule",
		"severity",
		"fix",
		"what it finds"
	], ...RULES.map((rule) => [
		rule.code,
		rule.name,
		rule.severity,
		rule.fixable ? "yes" : "no",
		rule.summary
	])];
	const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
	return `${rows.map((row) => row.map((cell, column) => column === row.length - 1 ? cell : cell.padEnd(widths[column])).join("  ")).join("\n")}\n`;
}
function explainText(token) {
	const rule = findRule(token);
	if (!rule) throw new UsageError(`unknown rule "${token}" (see \`session-doctor rules\`)`);
	const fix = fixabilityText(rule);
	return `${rule.name} (${rule.code})\n\n${rule.summary}\n\nDefault severity: ${rule.severity}\nFixable: ${fix}\n\n${wrap(rule.explanation, 80)}\n\nDocumentation: ${ruleDocUrl(rule.name)}\n`;
}
function wrap(text, width) {
	const lines = [];
	let line = "";
	for (const word of text.split(/\s+/)) if (line && line.length + 1 + word.length > width) {
		lines.push(line);
		line = word;
	} else line = line ? `${line} ${word}` : word;
	if (line) lines.push(line);
	return lines.join("\n");
}
var init_run_rules = __esmMin((() => {
	init_select_rules();
	init_rules();
	init_rule_docs();
	init_usage_error();
}));
// dist/cli/main.js
init_diagnostic();
init_unknown_rule_error();
init_errors$2();
init_names();
init_input_error();
init_formats();
init_version();
init_report_output();
init_usage_error();
const DASH = "\0-";
const undash = (value) => value === DASH ? "-" : Array.isArray(value) ? value.map(undash) : value;
const list = (value) => [value].flat().flatMap((item) => String(item).split(",")).map((item) => item.trim()).filter(Boolean);
function commonOptions(argv) {
	return argv.positional("paths", {
		type: "string",
		array: true,
		default: [],
		describe: "Files or folders (searched for *.jsonl, *.ndjson); - for stdin"
	}).option("format", {
		alias: "f",
		choices: REPORT_FORMATS,
		describe: "Report format (default: stylish, or the config file's \"format\")"
	}).option("output-file", {
		alias: "o",
		type: "string",
		describe: "Write the report to this file"
	}).option("reporter", {
		type: "string",
		requiresArg: true,
		describe: "Add a report: FORMAT or FORMAT:FILE (repeatable; replaces the default report)"
	}).option("config", {
		type: "string",
		describe: "Config file (default: session-doctor.config.json or package.json \"session-doctor\", searched upward); --no-config: none"
	}).option("progress", {
		type: "boolean",
		describe: "Progress line on stderr (default: on a terminal, for long runs)"
	}).option("select", {
		type: "string",
		describe: "Only these rules (names, codes or code prefixes; comma-separated)"
	}).option("ignore", {
		type: "string",
		describe: "Not these rules (names, codes or code prefixes; comma-separated)"
	}).option("quiet", {
		alias: "q",
		type: "boolean",
		default: false,
		describe: "Report errors only"
	}).option("max-warnings", {
		type: "string",
		describe: "Exit 1 when there are more warnings than this (-1: no limit)"
	}).option("color", {
		type: "boolean",
		describe: "Colour: --color[=always|never|auto], --no-color (default auto: on for a terminal; NO_COLOR, FORCE_COLOR honoured)"
	}).option("statistics", {
		type: "boolean",
		default: false,
		describe: "Per-rule counts over the run instead of every problem (JSON: added as \"statistics\")"
	}).option("input-format", {
		choices: ["auto", ...FORMAT_NAMES],
		default: "auto",
		describe: "Session format (default: detected)"
	}).option("stdin-filename", {
		type: "string",
		describe: "Name to report for stdin"
	}).option("files-from", {
		type: "string",
		describe: "Read paths to work on from this file, one per line (- for stdin)"
	}).option("null", {
		alias: "0",
		type: "boolean",
		default: false,
		describe: "Paths in --files-from are separated by NUL bytes (find -print0, git ls-files -z)"
	});
}
async function commonArgs(argv) {
	const flags = {
		...argv.format !== void 0 && { format: argv.format },
		reporters: [argv.reporter ?? []].flat().map(String),
		...argv.config !== void 0 && { config: argv.config }
	};
	const { withConfig } = await Promise.resolve().then(() => (init_common_run(), common_run_exports));
	return withConfig(commonArgsFromFlags(argv), flags);
}
function commonArgsFromFlags(argv) {
	return {
		paths: undash([...argv.paths ?? [], ...(argv["--"] ?? []).map(String)]),
		format: argv.format ?? "stylish",
		...argv.outputFile !== void 0 && { outputFile: argv.outputFile },
		...argv.select !== void 0 && { select: list(argv.select) },
		...argv.ignore !== void 0 && { ignore: list(argv.ignore) },
		quiet: argv.quiet,
		maxWarnings: warningLimit(argv.maxWarnings),
		...argv.color !== void 0 && { color: argv.color },
		inputFormat: argv.inputFormat,
		...argv.stdinFilename !== void 0 && { stdinFilename: argv.stdinFilename },
		...argv.filesFrom !== void 0 && { filesFrom: undash(argv.filesFrom) },
		nullSeparated: argv.null,
		statistics: argv.statistics,
		...argv.progress !== void 0 && { progress: argv.progress }
	};
}
const COLOUR_WHEN = {
	always: "--color",
	true: "--color",
	never: "--no-color",
	false: "--no-color",
	auto: void 0
};
function colourWhen(args) {
	const out = [];
	for (let index = 0; index < args.length; index += 1) {
		const arg = args[index];
		if (arg === "--") return [...out, ...args.slice(index)];
		const joined = arg.startsWith("--color=") ? arg.slice(8) : void 0;
		const separate = arg === "--color" && args[index + 1] !== void 0 && Object.hasOwn(COLOUR_WHEN, args[index + 1]) ? args[index + 1] : void 0;
		const when = joined ?? separate;
		if (when === void 0) {
			out.push(arg);
			continue;
		}
		if (!Object.hasOwn(COLOUR_WHEN, when)) throw new UsageError(`--color=${when}: choose always, never or auto`);
		if (separate !== void 0) index += 1;
		const flag = COLOUR_WHEN[when];
		if (flag) out.push(flag);
	}
	return out;
}
const usageMessages = [];
let usageFailed = false;
async function run(body) {
	if (usageFailed) return;
	try {
		process.exitCode = await body();
	} catch (error) {
		process.exitCode = 2;
		if (error instanceof InputError) process.stderr.write(`session-doctor: ${printable(error.path)}: ${printable(error.message)}\n`);
		else if (error instanceof UsageError || error instanceof UnknownRuleError || error instanceof ConfigError) process.stderr.write(`session-doctor: ${error.message}\n`);
		else {
			const detail = process.env.SESSION_DOCTOR_DEBUG ? error.stack : error.message;
			process.stderr.write(`session-doctor: internal error: ${detail} (please report it)\n`);
		}
	}
}
setHeapFlags();
process.on("worker", (worker) => worker.once("online", setHeapFlags));
ignoreClosedPipe();
cleanUpOnInterrupt();
let given = [];
try {
	given = colourWhen(hideBin(process.argv));
} catch (error) {
	usageFailed = true;
	process.exitCode = 2;
	process.stderr.write(`session-doctor: ${error.message}\nRun \`session-doctor --help\` for usage.\n`);
}
const negated = usageFailed ? void 0 : negatedValueOption(given);
if (negated !== void 0) {
	usageFailed = true;
	process.stderr.write(`session-doctor: ${negated}\n`);
	process.exitCode = 2;
}
const COMMANDS = [
	"check",
	"fix",
	"restore",
	"rules",
	"explain"
];
function directCommand(args) {
	const name = args[0];
	if (name === void 0 || !COMMANDS.includes(name)) return void 0;
	for (const arg of args.slice(1)) {
		if (arg === "--") break;
		if (arg === "--help" || arg === "--version" || /^-[^-]/.test(arg) && /[hv]/.test(arg)) return void 0;
	}
	return name;
}
function withCommands(argv, direct) {
	const wants = (spec) => direct === void 0 || spec.split(" ")[0] === direct;
	const as = (spec) => direct === void 0 ? spec : spec.replace(/^\S+/, "$0");
	let parser = argv;
	if (wants("check [paths..]")) parser = parser.command(as("check [paths..]"), "Report problems in session files (changes nothing)", (argv) => commonOptions(argv).option("jobs", {
		type: "string",
		describe: "Threads to check files on: a number, or auto (one per core, up to 4, for files of 256 MiB or more in all; else one)"
	}).example("$0 check ~/.codex/sessions", "Check your Codex sessions").example("$0 check -f json samples", "Machine-readable report"), (argv) => run(async () => (await Promise.resolve().then(() => (init_run_check(), run_check_exports))).runCheckCommand(await commonArgs(argv), threadCount(argv.jobs))));
	if (wants("fix [paths..]")) parser = parser.command(as("fix [paths..]"), "Write repaired copies (<file>.fixed), or replace files with --in-place", (argv) => commonOptions(argv).option("in-place", {
		alias: "i",
		type: "boolean",
		default: false,
		describe: "Replace the file (atomically; the original is kept as <file>.bak)"
	}).option("backup", {
		type: "boolean",
		default: true,
		describe: "With --in-place, keep the original as <file>.bak (--no-backup: do not)"
	}).option("copy-to", {
		type: "string",
		describe: "Write the repaired session here instead of <file>.fixed (one input; - for stdout); -o is the report file"
	}).option("output", {
		type: "string",
		hidden: true
	}).option("unsafe-fixes", {
		type: "boolean",
		default: false,
		describe: "Also apply unsafe fixes: those that change what the model sees, or drop real content"
	}).option("dry-run", {
		type: "boolean",
		default: false,
		describe: "Report what would be repaired; write nothing"
	}).option("diff", {
		type: "boolean",
		default: false,
		describe: "Print a unified diff of the repair to stdout; write nothing"
	}).option("force", {
		type: "boolean",
		default: false,
		describe: "With --in-place, replace a file modified moments ago, hard-linked, or whose owner cannot be kept"
	}).option("allow-open-writers", {
		type: "boolean",
		default: false,
		describe: "With --in-place, replace a file even while a process holds it open for writing (what it writes next is lost)"
	}).option("strategy", {
		choices: ["placeholder", "truncate"],
		default: "placeholder",
		describe: "Answer unanswered calls with placeholders, or end the session before them"
	}).option("placeholder-text", {
		type: "string",
		describe: "Output text of inserted placeholders (default: the client's own: \"aborted\" for Codex, its interrupted text for Claude Code)"
	}).option("min-age", {
		type: "string",
		describe: "With --in-place, seconds since the last modification before a file is taken as finished (default 10)"
	}).example("$0 fix rollout.jsonl", "Write rollout.jsonl.fixed").example("$0 fix --copy-to repaired.jsonl -f json -o report.json rollout.jsonl", "The repaired session in one file, the report in another").example("$0 fix --in-place ~/.codex/sessions", "Repair your sessions in place, keeping backups"), (argv) => run(async () => {
		if (argv.output !== void 0) throw new UsageError("--output is now --copy-to (the repaired session); -o/--output-file names the report file, as in check");
		const args = {
			...await commonArgs(argv),
			unsafeFixes: argv.unsafeFixes,
			inPlace: argv.inPlace,
			backup: argv.backup,
			...argv.copyTo !== void 0 && { copyTo: undash(argv.copyTo) },
			dryRun: argv.dryRun,
			diff: argv.diff,
			force: argv.force,
			allowOpenWriters: argv.allowOpenWriters,
			strategy: argv.strategy,
			...argv.placeholderText !== void 0 && { placeholderText: argv.placeholderText },
			minAge: argv.minAge === void 0 ? 10 : nonNegativeInteger("min-age", argv.minAge)
		};
		return (await Promise.resolve().then(() => (init_run_fix(), run_fix_exports))).runFixCommand(args);
	}));
	if (wants("restore [files..]")) parser = parser.command(as("restore [files..]"), "Put the newest backup (<file>.bak\u2026) of each file back, atomically; --list shows the backups", (argv) => argv.positional("files", {
		type: "string",
		array: true,
		default: [],
		describe: "Files repaired with fix --in-place"
	}).option("list", {
		alias: "l",
		type: "boolean",
		default: false,
		describe: "List the backups of each file; restore nothing"
	}).option("force", {
		type: "boolean",
		default: false,
		describe: "Restore a file even if it was modified moments ago"
	}).option("min-age", {
		type: "string",
		describe: "Seconds since the last modification before a file is taken as finished (default 10)"
	}).example("$0 restore rollout.jsonl", "Undo fix --in-place").example("$0 restore --list rollout.jsonl", "Show the backups"), (argv) => run(async () => (await Promise.resolve().then(() => (init_run_restore(), run_restore_exports))).runRestoreCommand({
		files: undash([...argv.files, ...(argv["--"] ?? []).map(String)]),
		list: argv.list,
		force: argv.force,
		minAge: argv.minAge === void 0 ? 10 : nonNegativeInteger("min-age", argv.minAge)
	})));
	if (wants("rules")) parser = parser.command(as("rules"), "List the rules", (argv) => argv.option("format", {
		alias: "f",
		choices: ["table", "json"],
		default: "table"
	}), (argv) => run(async () => (await writeReport((await Promise.resolve().then(() => (init_run_rules(), run_rules_exports))).rulesText(argv.format), void 0), 0)));
	if (wants("explain <rule>")) parser = parser.command(as("explain <rule>"), "Explain one rule", (argv) => argv.positional("rule", {
		type: "string",
		demandOption: true,
		describe: "Rule name or code"
	}), (argv) => run(async () => (await writeReport((await Promise.resolve().then(() => (init_run_rules(), run_rules_exports))).explainText(argv.rule), void 0), 0)));
	return direct === void 0 ? parser.demandCommand(1, "Name a command: check, fix, restore, rules or explain.").recommendCommands() : parser;
}
const args = given.map((arg) => arg === "-" ? DASH : arg);
const direct = directCommand(args);
async function main() {
	await withCommands(direct === void 0 ? Yargs(args).scriptName("session-doctor").usage("$0 <command> [options]\n\nLint and losslessly repair AI agent session files (Codex CLI rollouts).") : Yargs(args.slice(1)).scriptName(`session-doctor ${direct}`), direct).parserConfiguration({ "populate--": true }).strict().version(VERSION).alias("h", "help").alias("v", "version").wrap(Math.min(100, process.stdout.columns || 100)).fail((message, error) => {
		if (error && error.name !== "YError") throw error;
		if (usageFailed && usageMessages.length === 0) return;
		usageFailed = true;
		usageMessages.push(message ?? error?.message ?? "invalid arguments");
		process.exitCode = 2;
	}).parseAsync();
	if (usageMessages.length > 0) {
		const unique = [...new Set(usageMessages)];
		const hints = unique.filter((message) => message.startsWith("Did you mean"));
		const others = unique.filter((message) => !hints.includes(message));
		const text = hints.length === 0 ? others.join("; ") : [...others.map((message) => /[.?]$/.test(message) ? message : `${message}.`), ...hints].join(" ");
		process.stderr.write(`session-doctor: ${text}\nRun \`session-doctor --help\` for usage.\n`);
	}
}
main();

})
