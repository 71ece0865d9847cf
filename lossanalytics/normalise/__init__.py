"""Pure-Python normalisers: statuses, carriers and modes, countries, units and numbers.

Every public function is cached and cheap, because the importer calls them once per
distinct raw value of a column rather than once per row.
"""
