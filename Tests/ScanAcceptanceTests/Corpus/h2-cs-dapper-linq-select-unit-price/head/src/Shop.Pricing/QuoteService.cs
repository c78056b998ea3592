using System.Data;
using Dapper;

namespace Shop.Pricing;

public sealed record QuoteLine(int ProductId, int Quantity);

public sealed record PricedLine(int ProductId, int Quantity, decimal UnitPrice);

public sealed class QuoteService
{
    private readonly IDbConnection _db;

    public QuoteService(IDbConnection db) => _db = db;

    public decimal TaxRate(string region) =>
        _db.QuerySingle<decimal>("SELECT rate FROM tax_rates WHERE region = @region", new { region });

    public IReadOnlyList<PricedLine> Price(IEnumerable<QuoteLine> lines)
    {
        return lines
            .Where(l => l.Quantity > 0)
            .Select(l => new PricedLine(
                l.ProductId,
                l.Quantity,
                _db.QuerySingle<decimal>("SELECT unit_price FROM products WHERE id = @id", new { id = l.ProductId })))
            .ToList();
    }
}
