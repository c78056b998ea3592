namespace Acme.Billing.Data;

public class Customer
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public virtual ICollection<Invoice> Invoices { get; set; } = new List<Invoice>();
}

public class Invoice
{
    public int Id { get; set; }
    public decimal Amount { get; set; }
    public DateOnly DueDate { get; set; }
    public int PayerId { get; set; }
    public virtual Customer Payer { get; set; } = null!;
}
