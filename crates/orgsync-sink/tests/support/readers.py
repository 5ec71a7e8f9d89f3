"""Independent readers for the conformance suite: reads one organization
folder of a file destination with pyarrow / csv / json (not orgsync's code)
and prints {table: {"columns": [...], "types": [...], "nullable": [...],
"rows": [[...], ...]}} as JSON on stdout.

Usage: readers.py parquet|csv|jsonl DIR
Parquet timestamps come out as integer microseconds since the epoch (UTC);
CSV cells as strings exactly as the csv module parses them."""
import csv
import json
import os
import sys


def read_parquet(path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    columns = table.column_names
    types = [str(f.type) for f in table.schema]
    nullable = [f.nullable for f in table.schema]
    data = []
    for i, name in enumerate(columns):
        col = table.column(i)
        if pa.types.is_timestamp(col.type):
            col = col.cast(pa.int64())
        data.append(col.to_pylist())
    rows = [list(r) for r in zip(*data)] if data else []
    return {"columns": columns, "types": types, "nullable": nullable, "rows": rows}


def read_csv(path):
    csv.field_size_limit(sys.maxsize)  # policy documents exceed the default
    with open(path, newline="", encoding="utf-8") as f:
        records = list(csv.reader(f, strict=True))
    return {"columns": records[0], "rows": records[1:]}


def read_jsonl(path):
    rows, columns = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            obj = json.loads(line)
            if columns is None:
                columns = list(obj.keys())
            rows.append([obj[c] for c in columns])
    return {"columns": columns or [], "rows": rows}


def main():
    kind, folder = sys.argv[1], sys.argv[2]
    reader = {"parquet": read_parquet, "csv": read_csv, "jsonl": read_jsonl}[kind]
    out = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith("." + kind):
            out[name[: -len(kind) - 1]] = reader(os.path.join(folder, name))
    json.dump(out, sys.stdout)


main()
