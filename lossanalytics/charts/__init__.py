"""Charts: every plotly figure the pages draw, from the analytics results."""
