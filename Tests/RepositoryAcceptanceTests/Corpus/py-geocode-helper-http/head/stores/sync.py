from stores.geo import geocode


def sync_stores(repo, page):
    stores = repo.stores_page(page, size=200)
    for store in stores:
        store.lat, store.lon = geocode(store.address)
    return len(stores)
