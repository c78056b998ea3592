from io import BytesIO

from PIL import Image


def thumbnail(raw, size=(256, 256)):
    img = Image.open(BytesIO(raw))
    img.thumbnail(size)
    out = BytesIO()
    img.save(out, format="JPEG")
    return out.getvalue()
