from sqlalchemy import Column, ForeignKey, String
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class RecordUrl(Base):
    __tablename__ = "record_url"

    did = Column(String, ForeignKey("record.did"), primary_key=True)
    url = Column(String, primary_key=True)


class Record(Base):
    __tablename__ = "record"

    did = Column(String, primary_key=True)
    file_name = Column(String)
    urls = relationship("RecordUrl")

    def to_document_dict(self):
        urls = [u.url for u in self.urls]
        return {"did": self.did, "file_name": self.file_name, "urls": urls}
