from media.images import thumbnail
from media.storage import upload_thumbnail


def build_thumbnails(photos):
    urls = {}
    for photo in photos:
        urls[photo.id] = upload_thumbnail(f"thumbs/{photo.id}.jpg", thumbnail(photo.raw))
    return urls
