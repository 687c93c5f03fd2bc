"""Output formats that need more than the standard library (Parquet, behind the `[dask]` extra)."""
