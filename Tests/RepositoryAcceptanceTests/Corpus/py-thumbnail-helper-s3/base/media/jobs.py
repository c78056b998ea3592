from media.images import thumbnail
from media.storage import upload_thumbnail


def build_thumbnails(photos):
    return [thumbnail(photo.raw) for photo in photos]
