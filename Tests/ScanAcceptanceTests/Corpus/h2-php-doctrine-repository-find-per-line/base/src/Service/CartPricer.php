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
}
