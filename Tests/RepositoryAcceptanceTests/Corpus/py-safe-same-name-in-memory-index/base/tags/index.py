class TagIndex:
    def __init__(self, rows):
        self._by_name = {row[1]: row for row in rows}

    def find(self, name):
        return self._by_name.get(name)
