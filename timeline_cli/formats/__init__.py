"""Output formats beyond the table, JSON, JSON Lines and CSV of render.py: the ones people
publish timelines in (Markdown, an HTML page, TimelineJS, TimeML), the EDTF form of each entry's
range, each a pure function from timelines to text; and Parquet (behind the `[dask]` extra),
which writes a folder of partitions."""
