/*
 * The JSON scanner of src/reading/json-scan.ts in C, for WebAssembly with SIMD128: validates one line
 * exactly as JSON.parse would and records the kinds and byte ranges of the fields the caller asked for,
 * with the same semantics as the TypeScript scan (the last of duplicate keys wins, a repeated key forgets
 * the nested fields of the earlier value, element fields gather the kinds seen across an array, and an
 * array whose elements are followed counts them).
 * Anything it will not decide (an escaped key among wanted ones, nesting past max_depth, and when asked an
 * integer literal of more than 18 digits or a \u escape of a UTF-16 surrogate, which a client's stricter
 * reader may refuse) makes scan() return -1, and the caller parses the line instead.
 *
 * It keeps the bytes of short string values in a small cache (of the fields whose values repeat), so that
 * the caller decodes a value it saw before only once.
 *
 * Build: scripts/build-kernel.mjs (clang --target=wasm32 -O3 -msimd128 -nostdlib). No libc: the few
 * helpers needed are below. The caller fills the field tree and the input, then calls scan() for one
 * line, or load() with a chunk of lines and nextLine() until no whole line is left (the kernel finds
 * the lines itself).
 */
#include <stdint.h>
#include <wasm_simd128.h>

#define MAX_FIELDS 64
#define MAX_DEPTH 1024
#define NAME_BYTES 2048
#define NONE (-1)
/* For the helpers that run on every key and string: V8 does not inline one WebAssembly function into
 * another, and a call costs a frame and, in the callee, the SIMD constants made again (measured: the
 * kernel 11 % faster on 200-byte lines). Inlining more (numbers, literals, skip_value) gained little and
 * made scan_line so large that V8's optimizing compiler took 15 ms over it, which a short run waits for
 * before it exits. */
#define INLINE inline __attribute__((always_inline))
#define OUT_OF_LINE __attribute__((noinline))

enum { ABSENT, STRING, NUMBER, OBJECT, ARRAY, BOOLEAN, NUL };
/* In element_kinds: an element of the array that was not an object. */
#define NOT_AN_OBJECT 0x80

/* The field tree, written by the caller: names, and per field its first child, its next sibling and the
 * first field wanted in each element of its array value. Slots are field indexes. */
static uint8_t names[NAME_BYTES];
static int32_t name_start[MAX_FIELDS], name_length[MAX_FIELDS];
static int32_t first_child[MAX_FIELDS], next_sibling[MAX_FIELDS], first_element[MAX_FIELDS];
static int32_t field_count, root_first = NONE;
/* The deferrals (src/reading/json-dialect.ts): the deepest nesting scanned; whether long integers and
 * surrogate escapes are left to the caller. */
static int32_t max_depth = MAX_DEPTH, defer_long_integers, defer_surrogates;

/* What a scan found, per slot. */
static uint8_t kinds[MAX_FIELDS] __attribute__((aligned(16))), escaped[MAX_FIELDS], element_kinds[MAX_FIELDS] __attribute__((aligned(16)));
static int32_t starts[MAX_FIELDS], ends[MAX_FIELDS];
/* For a field whose elements are followed: the number of elements of its array value. */
static int32_t counts[MAX_FIELDS];

/* Short strings seen before (record types, roles, the uuid the line before had): a direct-mapped cache
 * of their bytes, so that the caller decodes each value once and not on every line. Per field whose
 * values repeat and whose value is a short string without escapes: its slot in the cache and the slot's
 * generation (a new value in a slot starts a new one); cached[] is -1 for other strings. */
#define CACHE_SLOTS 1024
#define CACHED_BYTES 48
static uint8_t cache_bytes[CACHE_SLOTS][CACHED_BYTES];
/* The length of a slot's value plus one; 0 for an empty slot. */
static uint8_t cache_length[CACHE_SLOTS];
static uint32_t cache_generation[CACHE_SLOTS];
static int32_t cached[MAX_FIELDS];
static uint32_t generations[MAX_FIELDS];
/* Per field, written by the caller: 1 when its values repeat from line to line, so that caching them pays
 * (a timestamp or an id met once would only push out a value that comes again). */
static uint8_t repeats[MAX_FIELDS];

/* Per nesting level: an object (1) or an array (0); the first wanted field among an object's keys; the
 * field whose elements an array's are. */
static uint8_t is_object[MAX_DEPTH + 1];
static int32_t wanted[MAX_DEPTH + 1], followed[MAX_DEPTH + 1];

extern unsigned char __heap_base;
static uint8_t *input = &__heap_base;
static uint32_t capacity;

__attribute__((export_name("names"))) uint8_t *names_at(void) { return names; }
__attribute__((export_name("nameStarts"))) int32_t *name_starts_at(void) { return name_start; }
__attribute__((export_name("nameLengths"))) int32_t *name_lengths_at(void) { return name_length; }
__attribute__((export_name("firstChildren"))) int32_t *first_children_at(void) { return first_child; }
__attribute__((export_name("nextSiblings"))) int32_t *next_siblings_at(void) { return next_sibling; }
__attribute__((export_name("firstElements"))) int32_t *first_elements_at(void) { return first_element; }
__attribute__((export_name("kinds"))) uint8_t *kinds_at(void) { return kinds; }
__attribute__((export_name("escaped"))) uint8_t *escaped_at(void) { return escaped; }
__attribute__((export_name("elementKinds"))) uint8_t *element_kinds_at(void) { return element_kinds; }
__attribute__((export_name("starts"))) int32_t *starts_at(void) { return starts; }
__attribute__((export_name("ends"))) int32_t *ends_at(void) { return ends; }
__attribute__((export_name("counts"))) int32_t *counts_at(void) { return counts; }
__attribute__((export_name("cached"))) int32_t *cached_at(void) { return cached; }
__attribute__((export_name("generations"))) uint32_t *generations_at(void) { return generations; }
__attribute__((export_name("repeats"))) uint8_t *repeats_at(void) { return repeats; }
/* The number of fields, and the first of the top-level ones (its siblings are the others). */
__attribute__((export_name("setDeferrals"))) void set_deferrals(int32_t depth, int32_t long_integers, int32_t surrogates) {
  max_depth = depth > 0 && depth < MAX_DEPTH ? depth : MAX_DEPTH, defer_long_integers = long_integers, defer_surrogates = surrogates;
}
/* Per field: the first 8 bytes of its name (zero past its end). Per list of siblings (by its first field)
 * and name length (63 for 63 and more): the first field of the list with a name of that length, and per
 * field the next one; slots fit a byte. Most keys of a record are not wanted: their length alone, or their
 * first 8 bytes, tells, and a key is compared only with the fields of its length (a Codex payload has 15
 * wanted fields, a Claude Code entry 18). */
#define LENGTHS 64
static uint64_t name_prefix[MAX_FIELDS];
static int8_t first_of_length[MAX_FIELDS][LENGTHS], next_of_length[MAX_FIELDS];

static uint32_t length_bucket(uint32_t length) { return length < LENGTHS - 1 ? length : LENGTHS - 1; }

/* 8 bytes at p, unaligned. */
static uint64_t load64(const uint8_t *p) {
  uint64_t v;
  __builtin_memcpy(&v, p, 8);
  return v;
}

/* The 8 bytes at p, of which only the first `length` (below 8) count. */
static uint64_t load_partial(const uint8_t *p, uint32_t length) { return length >= 8 ? load64(p) : load64(p) & ((1ull << (length * 8)) - 1); }

/* Called once the tree is written: the number of fields, and the first of the top-level ones. */
__attribute__((export_name("setFields"))) void set_fields(int32_t count, int32_t root) {
  field_count = count, root_first = root;
  for (int32_t f = 0; f < count; f++) {
    uint64_t prefix = 0;
    for (int32_t k = 0; k < name_length[f] && k < 8; k++) prefix |= (uint64_t)names[name_start[f] + k] << (8 * k);
    name_prefix[f] = prefix;
  }
  /* A list starts at the root, at a first child or at a first element; each is walked once, from its
   * end, so that each chain of one length keeps the list's order. */
  for (int32_t f = -1; f < count; f++) {
    int32_t lists[2] = {f < 0 ? root : first_child[f], f < 0 ? NONE : first_element[f]};
    for (int32_t l = 0; l < 2; l++) {
      int32_t first = lists[l], members[MAX_FIELDS], size = 0;
      if (first == NONE) continue;
      for (int32_t s = first; s != NONE; s = next_sibling[s]) members[size++] = s;
      for (int32_t b = 0; b < LENGTHS; b++) first_of_length[first][b] = NONE;
      while (size > 0) {
        int32_t s = members[--size];
        uint32_t bucket = length_bucket((uint32_t)name_length[s]);
        next_of_length[s] = first_of_length[first][bucket];
        first_of_length[first][bucket] = (int8_t)s;
      }
    }
  }
}

/* Room for a line of `length` bytes and 16 more (SIMD loads may read past the end); 0 when memory is out. */
__attribute__((export_name("reserve"))) uint8_t *reserve(uint32_t length) {
  uint32_t needed = length + 16;
  if (needed < length) return 0;
  if (needed > capacity) {
    uint32_t have = __builtin_wasm_memory_size(0) * 65536u - (uint32_t)(uintptr_t)input;
    if (needed > have) {
      uint32_t pages = (needed - have + 65535u) / 65536u;
      if (__builtin_wasm_memory_grow(0, pages) == (uintptr_t)-1) return 0;
    }
    capacity = needed;
  }
  return input;
}

static int is_space(uint8_t c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

static uint32_t skip_space(const uint8_t *p, uint32_t i, uint32_t n) {
  while (i < n && is_space(p[i])) i++;
  return i;
}

static int is_hex(uint8_t c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }

/* Set by scan_string: the string held an escape. */
static int saw_escape;

/* String content from i (after the opening quote) to the index of the closing quote, or -1. */
static INLINE int64_t scan_string(const uint8_t *p, uint32_t i, uint32_t n) {
  const v128_t quote = wasm_i8x16_splat('"'), backslash = wasm_i8x16_splat('\\'), space = wasm_i8x16_splat(0x20);
  saw_escape = 0;
  for (;;) {
    while (i + 16 <= n) {
      v128_t v = wasm_v128_load(p + i);
      v128_t stop = wasm_v128_or(wasm_v128_or(wasm_i8x16_eq(v, quote), wasm_i8x16_eq(v, backslash)), wasm_u8x16_lt(v, space));
      uint32_t mask = wasm_i8x16_bitmask(stop);
      if (mask) {
        i += __builtin_ctz(mask);
        goto stopped;
      }
      i += 16;
    }
    while (i < n && p[i] != '"' && p[i] != '\\' && p[i] >= 0x20) i++;
  stopped:
    if (i >= n) return -1;
    if (p[i] == '"') return i;
    if (p[i] != '\\') return -1; /* a raw control character */
    saw_escape = 1;
    uint8_t e = i + 1 < n ? p[i + 1] : 0;
    if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
      i += 2;
    } else if (e == 'u' && i + 5 < n && is_hex(p[i + 2]) && is_hex(p[i + 3]) && is_hex(p[i + 4]) && is_hex(p[i + 5])) {
      /* D800–DFFF (of the hex digits, 8-9, A-F and a-f are >= '8'): the exact path decides. */
      if (defer_surrogates && (p[i + 2] | 0x20) == 'd' && p[i + 3] >= '8') return -1;
      i += 6;
    } else {
      return -1;
    }
  }
}

static uint32_t skip_digits(const uint8_t *p, uint32_t i, uint32_t n) {
  while (i < n && p[i] >= '0' && p[i] <= '9') i++;
  return i;
}

/* -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)? from i: the index after it, or -1. */
static int64_t scan_number(const uint8_t *p, uint32_t i, uint32_t n) {
  if (i < n && p[i] == '-') i++;
  if (i >= n) return -1;
  if (p[i] == '0') i++;
  else if (p[i] >= '1' && p[i] <= '9') i = skip_digits(p, i + 1, n);
  else return -1;
  if (i < n && p[i] == '.') {
    uint32_t d = skip_digits(p, i + 1, n);
    if (d == i + 1) return -1;
    i = d;
  }
  if (i < n && (p[i] == 'e' || p[i] == 'E')) {
    i++;
    if (i < n && (p[i] == '+' || p[i] == '-')) i++;
    uint32_t d = skip_digits(p, i, n);
    if (d == i) return -1;
    i = d;
  }
  return i;
}

/* The number in p[start, end) is an integer literal (no fraction, no exponent) of more than 18 digits. */
static int is_long_integer(const uint8_t *p, uint32_t start, uint32_t end) {
  uint32_t digits = end - start - (p[start] == '-');
  if (digits <= 18) return 0;
  for (uint32_t i = start; i < end; i++)
    if (p[i] == '.' || p[i] == 'e' || p[i] == 'E') return 0;
  return 1;
}

static int literal(const uint8_t *p, uint32_t i, uint32_t n, const char *word, uint32_t length) {
  if (n - i < length) return 0;
  for (uint32_t k = 0; k < length; k++)
    if (p[i + k] != (uint8_t)word[k]) return 0;
  return 1;
}

/* The field of the list starting at `first` named p[start, end), or NONE. Reading 8 bytes from p + start
 * stays in the input (a key is followed by at least its closing quote, and the input has 16 bytes of room). */
static INLINE int32_t match_field(int32_t first, const uint8_t *p, uint32_t start, uint32_t end) {
  uint32_t length = end - start;
  int32_t field = first_of_length[first][length_bucket(length)];
  if (field == NONE) return NONE;
  uint64_t prefix = load_partial(p + start, length);
  for (; field != NONE; field = next_of_length[field]) {
    if ((uint32_t)name_length[field] != length || name_prefix[field] != prefix) continue;
    const uint8_t *name = names + name_start[field];
    uint32_t k = 8;
    while (k < length && name[k] == p[start + k]) k++;
    if (k >= length) return field;
  }
  return NONE;
}

/* Records where the string value p[0, length) of `field` is in the cache, putting it there if need be.
 * The hash reads the first and last 8 bytes only: short values of one field differ there (types, roles,
 * ids, timestamps). Reading up to 8 bytes past a value stays in the input (its line goes on, and the input
 * has 16 bytes of room after it). */
static INLINE void cache_value(int32_t field, const uint8_t *p, uint32_t length, int escape) {
  if (escape || length > CACHED_BYTES || !repeats[field]) {
    cached[field] = NONE;
    return;
  }
  uint64_t first = load_partial(p, length), last = length > 8 ? load64(p + length - 8) : 0;
  uint64_t h = (first ^ (last * 0x9e3779b97f4a7c15ull) ^ length) * 0xff51afd7ed558ccdull;
  uint32_t slot = (uint32_t)(h >> 54) & (CACHE_SLOTS - 1);
  uint8_t *kept = cache_bytes[slot];
  int same = cache_length[slot] == length + 1;
  for (uint32_t k = 0; same && k < length; k += 8) same = load_partial(kept + k, length - k) == load_partial(p + k, length - k);
  if (!same) {
    for (uint32_t k = 0; k < length; k++) kept[k] = p[k];
    cache_length[slot] = (uint8_t)(length + 1);
    cache_generation[slot]++;
  }
  cached[field] = (int32_t)slot;
  generations[field] = cache_generation[slot];
}

/* A repeated key replaces the whole earlier value, nested fields included. */
static void forget(int32_t field) {
  for (int32_t child = first_child[field]; child != NONE; child = next_sibling[child]) {
    kinds[child] = ABSENT;
    forget(child);
  }
  for (int32_t element = first_element[field]; element != NONE; element = next_sibling[element]) {
    element_kinds[element] = 0;
    forget(element);
  }
}

static void not_an_object(int32_t array) {
  for (int32_t e = first_element[array]; e != NONE; e = next_sibling[e]) element_kinds[e] |= NOT_AN_OBJECT;
}

/* Closing an object that is an element of a followed array adds its fields' kinds to the array's. */
static void close_level(int32_t depth) {
  if (depth < 2 || !is_object[depth] || is_object[depth - 1]) return;
  int32_t array = followed[depth - 1];
  if (array == NONE) return;
  for (int32_t e = first_element[array]; e != NONE; e = next_sibling[e]) element_kinds[e] |= 1 << kinds[e];
}

/* Set by key(): the wanted field the key names, or NONE. */
static int32_t key_field;

/* `"key" :` at i: the index of the value after it, or -1. */
static INLINE int64_t key(const uint8_t *p, uint32_t i, uint32_t n, int32_t wanted_first) {
  key_field = NONE;
  if (i >= n || p[i] != '"') return -1;
  int64_t close = scan_string(p, i + 1, n);
  if (close < 0) return -1;
  if (wanted_first != NONE) {
    if (saw_escape) return -1; /* an escaped key might spell a wanted name */
    int32_t field = match_field(wanted_first, p, i + 1, (uint32_t)close);
    if (field != NONE) {
      /* Only a repeated key of a field with wanted fields inside has anything to forget: a field first met
       * in this line has none set (an element's are forgotten when the next element starts). */
      if (kinds[field] != ABSENT && (first_child[field] != NONE || first_element[field] != NONE)) forget(field);
      key_field = field;
    }
  }
  i = skip_space(p, (uint32_t)close + 1, n);
  if (i >= n || p[i] != ':') return -1;
  return skip_space(p, i + 1, n);
}

/* The string, number or literal at p[i]: the index after it (its kind in *kind), or -1. */
static int64_t scan_scalar(const uint8_t *p, uint32_t i, uint32_t n, uint8_t *kind) {
  uint8_t c = p[i];
  if (c == '"') {
    int64_t close = scan_string(p, i + 1, n);
    *kind = STRING;
    return close < 0 ? -1 : close + 1;
  }
  if (c == '-' || (c >= '0' && c <= '9')) {
    int64_t next = scan_number(p, i, n);
    *kind = NUMBER;
    return next < 0 || (defer_long_integers && is_long_integer(p, i, (uint32_t)next)) ? -1 : next;
  }
  *kind = c == 'n' ? NUL : BOOLEAN;
  if (c == 't' && literal(p, i, n, "true", 4)) return i + 4;
  if (c == 'f' && literal(p, i, n, "false", 5)) return i + 5;
  if (c == 'n' && literal(p, i, n, "null", 4)) return i + 4;
  return -1;
}

/* Where the next member's value (past its key, in an object) or the next element starts, or -1. */
static int64_t member_value(const uint8_t *p, uint32_t i, uint32_t n, int object) {
  if (object) {
    int64_t next = key(p, i, n, NONE);
    if (next < 0) return -1;
    i = (uint32_t)next;
  }
  return i < n ? i : -1;
}

/*
 * The object or array at p[i], at nesting level `depth` + 1, when nothing in it is wanted: validated as
 * scan_line validates (the same strings, numbers, literals, deferrals and depth limit), with none of its
 * bookkeeping. The index after it, or -1.
 */
static OUT_OF_LINE int64_t skip_value(const uint8_t *p, uint32_t i, uint32_t n, int32_t depth) {
  const int32_t outer = depth;
  for (;;) {
    uint8_t c = p[i];
    if (c == '{' || c == '[') {
      if (depth == max_depth) return -1;
      depth++;
      is_object[depth] = c == '{';
      i = skip_space(p, i + 1, n);
      if (i < n && p[i] == (is_object[depth] ? '}' : ']')) {
        i++;
        depth--;
      } else {
        int64_t next = member_value(p, i, n, is_object[depth]);
        if (next < 0) return -1;
        i = (uint32_t)next;
        continue;
      }
    } else {
      uint8_t kind;
      int64_t next = scan_scalar(p, i, n, &kind);
      if (next < 0) return -1;
      i = (uint32_t)next;
    }
    /* After a value: close containers, or go on to the next member or element. */
    for (;;) {
      if (depth == outer) return i;
      i = skip_space(p, i, n);
      if (i >= n) return -1;
      uint8_t after = p[i];
      if (after == ',') {
        int64_t next = member_value(p, skip_space(p, i + 1, n), n, is_object[depth]);
        if (next < 0) return -1;
        i = (uint32_t)next;
        break;
      }
      if (after != (is_object[depth] ? '}' : ']')) return -1;
      i++;
      depth--;
    }
  }
}

/*
 * Scans the bytes input[start, n) (positions are indexes into the input, so that a line among others is
 * scanned where it lies). -1: not a JSON object this scan vouches for (invalid, too deep, an escaped key
 * among wanted ones, a surrogate escape). Otherwise the fields are recorded and the result is `high`: whether
 * the line holds bytes of 0x80 and up (then the caller must check that they are valid UTF-8, as this scan
 * takes them as parts of characters; in a line that scans they can only be in strings).
 */
static int32_t scan_line(uint32_t start, uint32_t n, int32_t high) {
  const uint8_t *p = input;
  /* All MAX_FIELDS slots, 16 at a time: fewer steps than a loop over the fields in use. */
  for (int32_t s = 0; s < MAX_FIELDS; s += 16) wasm_v128_store(kinds + s, wasm_i8x16_splat(ABSENT)), wasm_v128_store(element_kinds + s, wasm_i8x16_splat(0));
  uint32_t i = skip_space(p, start, n);
  if (i >= n || p[i] != '{') return -1;
  int32_t depth = 0;
  int32_t field = NONE;
  for (;;) {
    if (i >= n) return -1;
    uint8_t c = p[i];
    int32_t array = depth > 0 && !is_object[depth] ? followed[depth] : NONE;
    if (array != NONE) counts[array]++;
    if ((c == '{' || c == '[') && depth > 0 && array == NONE && (field == NONE || (first_child[field] == NONE && first_element[field] == NONE))) {
      /* Nothing in this value is wanted (a tool's input, a result's metadata): skipped, only validated. */
      if (field != NONE) kinds[field] = c == '{' ? OBJECT : ARRAY;
      field = NONE;
      int64_t next = skip_value(p, i, n, depth);
      if (next < 0) return -1;
      i = (uint32_t)next;
    } else if (c == '{' || c == '[') {
      if (depth == max_depth) return -1;
      depth++;
      int object = c == '{';
      is_object[depth] = object;
      if (field != NONE) kinds[field] = object ? OBJECT : ARRAY;
      if (object) {
        wanted[depth] = depth == 1 ? root_first : field != NONE ? first_child[field] : array != NONE ? first_element[array] : NONE;
        if (array != NONE)
          for (int32_t e = first_element[array]; e != NONE; e = next_sibling[e])
            if (kinds[e] != ABSENT) {
              forget(e);
              kinds[e] = ABSENT;
            }
      } else {
        followed[depth] = field != NONE && first_element[field] != NONE ? field : NONE;
        if (followed[depth] != NONE) counts[field] = 0;
        if (array != NONE) not_an_object(array);
      }
      field = NONE;
      i = skip_space(p, i + 1, n);
      if (i < n && p[i] == (object ? '}' : ']')) {
        i++;
        close_level(depth);
        depth--;
      } else if (object) {
        int64_t next = key(p, i, n, wanted[depth]);
        if (next < 0) return -1;
        i = (uint32_t)next;
        field = key_field;
        continue;
      } else {
        continue;
      }
    } else {
      uint8_t kind;
      int64_t next = scan_scalar(p, i, n, &kind);
      if (next < 0) return -1;
      if (kind == STRING && field != NONE) escaped[field] = saw_escape;
      if (field != NONE) {
        kinds[field] = kind;
        starts[field] = kind == STRING ? i + 1 : i;
        ends[field] = kind == STRING ? (int32_t)next - 1 : (int32_t)next;
        if (kind == STRING) cache_value(field, p + i + 1, (uint32_t)next - 2 - i, saw_escape);
        field = NONE;
      } else if (array != NONE) {
        not_an_object(array);
      }
      i = (uint32_t)next;
    }
    /* After a value: close containers, or go on to the next member or element. */
    for (;;) {
      i = skip_space(p, i, n);
      if (depth == 0) {
        if (i != n) return -1;
        return high;
      }
      if (i >= n) return -1;
      uint8_t after = p[i];
      if (after == ',') {
        i = skip_space(p, i + 1, n);
        if (is_object[depth]) {
          int64_t next = key(p, i, n, wanted[depth]);
          if (next < 0) return -1;
          i = (uint32_t)next;
          field = key_field;
        }
        break;
      }
      if (after != (is_object[depth] ? '}' : ']')) return -1;
      i++;
      close_level(depth);
      depth--;
    }
  }
}

/* Whether input[i, n) holds a byte of 0x80 and up. */
static int32_t has_high_bytes(uint32_t i, uint32_t n) {
  v128_t seen = wasm_i8x16_splat(0);
  for (; i + 16 <= n; i += 16) seen = wasm_v128_or(seen, wasm_v128_load(input + i));
  uint32_t high = wasm_i8x16_bitmask(seen);
  while (i < n) high |= input[i++] & 0x80;
  return high != 0;
}

/* Scans the `n` bytes at the input: scan_line's result. */
__attribute__((export_name("scan"))) int32_t scan(uint32_t n) { return scan_line(0, n, has_high_bytes(0, n)); }

/*
 * Line by line: the caller loads input[0, filled) with whole lines and perhaps the start of one more, then
 * calls nextLine() until it returns NEED_MORE. Each call finds the next line, splits off its terminator and
 * scans it, so that no line is split, copied or handed over one by one in JavaScript.
 */
#define NEED_MORE (-2)
#define BLANK 2
static uint32_t filled, cursor;
/* The line nextLine() found last: its bytes input[line[0], line[1]) without the terminator, and the
 * terminator (0: none, the end of the input; 1: \n; 2: \r\n). */
static int32_t line[3];

__attribute__((export_name("line"))) int32_t *line_at(void) { return line; }
__attribute__((export_name("load"))) void load(uint32_t length) { filled = length, cursor = 0; }
/* Where the bytes nextLine() has not taken start: input[rest(), filled). */
__attribute__((export_name("rest"))) uint32_t rest(void) { return cursor; }

/* Set by find_newline: whether the bytes it went over, up to the newline, hold one of 0x80 and up (so that
 * the line's bytes are read once to find its end and to tell whether it is ASCII). */
static int32_t line_high;

static uint32_t find_newline(uint32_t i, uint32_t n) {
  const v128_t newline = wasm_i8x16_splat('\n');
  v128_t seen = wasm_i8x16_splat(0);
  for (; i + 16 <= n; i += 16) {
    v128_t v = wasm_v128_load(input + i);
    uint32_t mask = wasm_i8x16_bitmask(wasm_i8x16_eq(v, newline));
    if (mask) {
      /* Of this block, only the bytes before the newline are the line's. */
      uint32_t before = (mask & -mask) - 1;
      line_high = (wasm_i8x16_bitmask(seen) | (wasm_i8x16_bitmask(v) & before)) != 0;
      return i + __builtin_ctz(mask);
    }
    seen = wasm_v128_or(seen, v);
  }
  uint32_t high = wasm_i8x16_bitmask(seen);
  while (i < n && input[i] != '\n') high |= input[i++] & 0x80;
  line_high = high != 0;
  return i;
}

static int is_blank(uint32_t i, uint32_t n) {
  for (; i < n; i++)
    if (input[i] != ' ' && input[i] != '\t' && input[i] != '\r') return 0;
  return 1;
}

/*
 * The next line: NEED_MORE when no whole line is left (with `final`, the rest of the input is the last
 * line, without a terminator); BLANK for a line of spaces, tabs and carriage returns only; else
 * scan_line's result for it.
 */
__attribute__((export_name("nextLine"))) int32_t next_line(int32_t final) {
  if (cursor >= filled) return NEED_MORE;
  uint32_t start = cursor, end = find_newline(cursor, filled), eol = 1;
  if (end == filled) {
    if (!final) return NEED_MORE;
    eol = 0, cursor = filled;
  } else {
    cursor = end + 1;
    if (end > start && input[end - 1] == '\r') end--, eol = 2;
  }
  line[0] = (int32_t)start, line[1] = (int32_t)end, line[2] = (int32_t)eol;
  return is_blank(start, end) ? BLANK : scan_line(start, end, line_high);
}
