namespace Accounting.Data;

public class Ledger
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
}

public class Entry
{
    public int Id { get; set; }
    public int LedgerId { get; set; }
    public decimal Amount { get; set; }
}
