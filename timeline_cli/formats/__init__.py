"""Output formats people publish timelines in: Markdown, an HTML page, TimelineJS, TimeML, and
the EDTF form of each entry's range; each module is a pure function from timelines to text."""
