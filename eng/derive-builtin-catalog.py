#!/usr/bin/env python3
"""Derives the built-in catalog data (src/BudgetModel/Classification/BuiltInCatalog.csv) from a harvest.

    budgetmodel() { dotnet run --project src/BudgetModel.Cli -c Release -- "$@"; }
    budgetmodel catalog build ../shared/corpus ../shared/seed -o harvest.csv        # Beijing's tables alone are refused
    budgetmodel catalog build --combine ../shared/corpus/beijing-audit-2026-dept-budget-{notes,tables}.pdf -o beijing.csv
    python3 eng/derive-builtin-catalog.py harvest.csv beijing.csv > src/BudgetModel/Classification/BuiltInCatalog.csv

Policy (docs/catalog.md, "What the built-in editions hold"): a code enters when two or more documents, of any budget
year, print it, or when the project's earlier built-in data (the seed's tables, kept in the head of the output) holds
it; its name is the name most documents print; a 部门 code maps to the 政府 code most documents print beside it. The
parents of every entry are kept when any document prints them. The former names (the head's until lines) are kept as
they are. Output lines are in kind and code order.
"""
import csv, collections, sys

KINDS = ["function", "economic-department", "economic-government", "revenue"]

def variants(text):
    out = []
    for part in [p for p in text.split(" | ") if p]:
        name, count = part.rsplit(" (", 1)
        out.append((name, int(count[:-1])))
    return out

def parent(code):
    return {3: None, 5: code[:3], 7: code[:5], 9: code[:7]}[len(code)]

def main(harvest_paths, head_path):
    head = list(csv.DictReader(open(head_path, encoding="utf-8")))
    names = collections.defaultdict(collections.Counter)
    maps = collections.defaultdict(collections.Counter)
    rows = [r for p in harvest_paths for r in csv.DictReader(open(p, encoding="utf-8"))]
    for r in rows:
        key = (r["kind"], r["code"])
        names[key][r["name"]] += int(r["documents"])
        for name, count in variants(r["variants"]):
            names[key][name] += count
        if r["mapsTo"]:
            maps[key][r["mapsTo"]] += int(r["documents"])
    entries = {}
    for r in head:
        if not r.get("until"):
            entries[(r["kind"], r["code"])] = (r["name"], r.get("mapsTo") or "")
    for key, counter in names.items():
        if key in entries or sum(counter.values()) < 2:
            continue
        name = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        mapping = sorted(maps[key].items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if maps[key] else ""
        entries[key] = (name, mapping)
    changed = True
    while changed:
        changed = False
        for (kind, code) in list(entries):
            p = parent(code)
            if p and (kind, p) not in entries and (kind, p) in names:
                counter = names[(kind, p)]
                entries[(kind, p)] = (sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0], "")
                changed = True
    # a mapping whose target is not kept is dropped
    for key, (name, mapping) in list(entries.items()):
        if mapping and ("economic-government", mapping) not in entries:
            entries[key] = (name, "")
    w = csv.writer(sys.stdout, lineterminator="\n")
    sys.stdout.write("# The built-in classification data, derived from published disclosures (the seed and the corpus), not\n")
    sys.stdout.write("# from the Ministry of Finance's publication: eng/derive-builtin-catalog.py, docs/catalog.md.\n")
    w.writerow(["kind", "code", "name", "mapsTo", "from", "until"])
    for key in sorted(entries, key=lambda k: (KINDS.index(k[0]), k[1])):
        name, mapping = entries[key]
        w.writerow([key[0], key[1], name, mapping, "", ""])
    for r in head:
        if r.get("until"):
            w.writerow([r["kind"], r["code"], r["name"], "", r.get("from") or "", r["until"]])

if __name__ == "__main__":
    main(sys.argv[1:], "eng/builtin-catalog-head.csv")
