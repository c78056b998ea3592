using Microsoft.EntityFrameworkCore;

namespace Acme.Catalog;

public static class Endpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/products", async (CatalogDb db) =>
            Results.Ok(await db.Products.ToListAsync()));
        app.MapGet("/products/{id:int}", async (int id, CatalogDb db) =>
            await db.Products.FindAsync(id) is { } p ? Results.Ok(p) : Results.NotFound());
    }
}
