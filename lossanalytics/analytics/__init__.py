"""Analytics: outcomes, detection, lanes, rates, comparisons, trends and the overview figures, in SQL over the parcels view."""
