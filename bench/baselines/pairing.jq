# jq baseline: the same call/output pairing as baselines/naive.mjs, one line at a time (no slurp).
# Usage: jq -nRc -f bench/baselines/pairing.jq FILE
#
# Reads raw lines (-R) and parses each with fromjson, so a malformed line is counted instead of
# aborting the run (plain `jq` on the file stops at the first parse error).
# The state is one flat object: "c:<kind>:<call_id>" for calls, "o:<kind>:<call_id>" for outputs and
# "#name" counters. It is only ever updated as `.[k] = v`: in jq 1.6, `+=` and nested paths such as
# `.calls[k] = v` copy the whole object on each update, which makes the run quadratic (124 s instead
# of 13.5 s on the 1 GB rollout of bench/run.mjs).
def calls: {function_call: "fn", local_shell_call: "fn", custom_tool_call: "custom", tool_search_call: "search"};
def outputs: {function_call_output: "fn", custom_tool_call_output: "custom", tool_search_output: "search"};
def inc(name): .[name] = .[name] + 1;

reduce (inputs | select(length > 0) | try fromjson catch null) as $line
  ({"#lines": 0, "#malformed": 0, "#outputs": 0, "#duplicateOutputs": 0};
   inc("#lines")
   | if ($line | type) != "object" then inc("#malformed")
     else ($line | if .type == "response_item" then .payload else . end) as $p
     | if ($p | type) != "object" or ($p.type | type) != "string" or ($p.call_id | type) != "string"
          or $p.execution == "server" then .
       elif calls[$p.type] then .["c:" + calls[$p.type] + ":" + $p.call_id] = true
       elif outputs[$p.type] then
         ("o:" + outputs[$p.type] + ":" + $p.call_id) as $key
         | inc("#outputs")
         | if .[$key] then inc("#duplicateOutputs") else .[$key] = true end
       else . end
     end)
| . as $s
| [keys_unsorted[] | select(startswith("c:"))] as $calls
| [keys_unsorted[] | select(startswith("o:"))] as $outputs
| {lines: .["#lines"], malformed: .["#malformed"], calls: ($calls | length), outputs: .["#outputs"],
   unpairedCalls: [$calls[] | select($s["o:" + .[2:]] | not)] | length,
   orphanOutputs: [$outputs[] | select($s["c:" + .[2:]] | not)] | length,
   duplicateOutputs: .["#duplicateOutputs"]}
