<?php

declare(strict_types=1);

namespace App\Service;

use App\Entity\Product;
use Doctrine\ORM\EntityManagerInterface;

final class CartPricer
{
    public function __construct(private readonly EntityManagerInterface $em)
    {
    }

    public function unitPrice(int $productId): int
    {
        $product = $this->em->find(Product::class, $productId);

        return $product?->getPriceCents() ?? 0;
    }

    /**
     * @param array<int, array{product_id: int, qty: int}> $lines
     */
    public function total(array $lines): int
    {
        $total = 0;
        foreach ($lines as $line) {
            $product = $this->em->getRepository(Product::class)->find($line['product_id']);
            if ($product === null) {
                continue;
            }
            $total += $product->getPriceCents() * $line['qty'];
        }

        return $total;
    }
}
