from stores.geo import geocode


def sync_stores(repo, page):
    stores = repo.stores_page(page, size=200)
    return len(stores)
