import RepositoryIndex
import StaticScan
import Testing

/// What the index learns from single files: definitions, owners, declared types, models and
/// associations, per language.
@Suite struct FileIndexerTests {
    static func index(_ path: String, _ text: String) -> RepositoryIndex {
        IndexBuilder.build([SourceFile(path: path, text: text, changedLines: nil)])
    }

    @Test func javaAnnotatedFieldIsAnAssociationAndTheEntityAModel() {
        let index = Self.index(
            "Invoice.java",
            """
            @Entity
            class Invoice {
                @ManyToOne(fetch = FetchType.LAZY)
                private Customer payer;
                private BigDecimal total;
            }
            """)
        #expect(index.isLazyAssociation("payer", language: .java))
        #expect(!index.isLazyAssociation("total", language: .java))
        #expect(index.declaresModel("Invoice", language: .java) == true)
    }

    @Test func coreDataAttributesAreColumnsAndOnlyRelationshipsAssociations() {
        let index = Self.index(
            "Shop/Model/Order+CoreData.swift",
            """
            @objc(Order)
            public final class Order: NSManagedObject {
                @NSManaged public var status: String
                @NSManaged public var placedAt: Date?
                @NSManaged public var customer: Customer?
                @NSManaged public var lines: NSSet?
            }
            """)
        #expect(index.isLazyAssociation("customer", language: .swift))
        #expect(index.isLazyAssociation("lines", language: .swift))
        #expect(!index.isLazyAssociation("status", language: .swift))
        #expect(!index.isLazyAssociation("placedAt", language: .swift))
    }

    @Test func eloquentRelationMethodIsAnAssociation() {
        let index = Self.index(
            "Reminder.php",
            """
            class Reminder extends Model {
                public function contact() { return $this->belongsTo(Contact::class); }
                public function label() { return $this->title; }
            }
            """)
        #expect(index.isLazyAssociation("contact", language: .php))
        #expect(!index.isLazyAssociation("label", language: .php))
        #expect(index.declaresModel("Reminder", language: .php) == true)
    }

    @Test func rubyMacrosAndDjangoFieldsDeclareAssociations() {
        let ruby = Self.index(
            "app/models/comment.rb", "class Comment < ApplicationRecord\n  belongs_to :author\nend\n")
        #expect(ruby.isLazyAssociation("author", language: .ruby))
        #expect(ruby.declaresModel("Comment", language: .ruby) == true)
        let python = Self.index(
            "shop/models.py",
            """
            class Order(models.Model):
                customer = models.ForeignKey(Customer, related_name="orders", on_delete=models.CASCADE)
                total = models.DecimalField()
            """)
        #expect(python.isLazyAssociation("customer", language: .python))
        #expect(python.isLazyAssociation("orders", language: .python))
        #expect(!python.isLazyAssociation("total", language: .python))
    }

    @Test func associationsDeclaredEagerAreNotLazy() {
        let java = Self.index(
            "Invoice.java",
            """
            @Entity
            class Invoice {
                @ManyToOne
                private Customer payer;
                @OneToMany(mappedBy = "invoice")
                private List<Line> lines;
            }
            """)
        #expect(!java.isLazyAssociation("payer", language: .java))
        #expect(java.isLazyAssociation("lines", language: .java))
        let python = Self.index(
            "models.py",
            """
            class Service(Base):
                team = relationship("Team", lazy="joined")
                checks = relationship("Check")
            """)
        #expect(!python.isLazyAssociation("team", language: .python))
        #expect(python.isLazyAssociation("checks", language: .python))
        let php = Self.index(
            "Activity.php",
            """
            class Activity extends Model {
                protected $with = ['account'];
                public function account() { return $this->belongsTo(Account::class); }
                public function contacts() { return $this->belongsToMany(Contact::class); }
            }
            """)
        #expect(!php.isLazyAssociation("account", language: .php))
        #expect(php.isLazyAssociation("contacts", language: .php))
    }
}
