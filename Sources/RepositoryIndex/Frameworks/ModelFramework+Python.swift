extension ModelFramework {
    /// Django: `class Post(models.Model)`, `author = models.ForeignKey(User, related_name="posts")`.
    static let django = ModelFramework(
        name: "django", languages: [.python],
        modelBases: [
            "models.Model", "Model", "AbstractUser", "AbstractBaseUser", "MPTTModel", "Page", "TreeNode",
        ],
        associationFieldCalls: [
            "ForeignKey", "OneToOneField", "ManyToManyField", "GenericForeignKey", "ParentalKey",
            "ParentalManyToManyField", "TreeForeignKey", "GenericRelation",
        ],
        reverseNameKeys: ["related_name"],
        columnFieldCalls: [
            "CharField", "TextField", "IntegerField", "BigIntegerField", "SmallIntegerField",
            "PositiveIntegerField", "PositiveSmallIntegerField", "PositiveBigIntegerField", "BooleanField",
            "DateField", "DateTimeField", "TimeField", "DurationField", "DecimalField", "FloatField",
            "JSONField",
            "SlugField", "EmailField", "URLField", "UUIDField", "GenericIPAddressField", "BinaryField",
        ])

    /// SQLAlchemy (and Flask-SQLAlchemy, SQLModel): `team = relationship("Team", backref="services")`.
    static let sqlAlchemy = ModelFramework(
        name: "sqlalchemy", languages: [.python],
        modelBases: ["Base", "db.Model", "DeclarativeBase", "SQLModel", "Model"],
        associationFieldCalls: ["relationship", "relation", "Relationship", "association_proxy"],
        reverseNameKeys: ["backref", "back_populates"])
}
