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
        #expect(index.isAssociation("payer", language: .java))
        #expect(!index.isAssociation("total", language: .java))
        #expect(index.declaresModel("Invoice", language: .java) == true)
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
        #expect(index.isAssociation("contact", language: .php))
        #expect(!index.isAssociation("label", language: .php))
        #expect(index.declaresModel("Reminder", language: .php) == true)
    }

    @Test func rubyMacrosAndDjangoFieldsDeclareAssociations() {
        let ruby = Self.index("app/models/comment.rb", "class Comment < ApplicationRecord\n  belongs_to :author\nend\n")
        #expect(ruby.isAssociation("author", language: .ruby))
        #expect(ruby.declaresModel("Comment", language: .ruby) == true)
        let python = Self.index(
            "shop/models.py",
            """
            class Order(models.Model):
                customer = models.ForeignKey(Customer, related_name="orders", on_delete=models.CASCADE)
                total = models.DecimalField()
            """)
        #expect(python.isAssociation("customer", language: .python))
        #expect(python.isAssociation("orders", language: .python))
        #expect(!python.isAssociation("total", language: .python))
    }
}
