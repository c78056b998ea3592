<?php

namespace App\Repositories;

abstract class BaseRepository
{
    protected string $model;

    public function find(int $id)
    {
        return $this->model::where('id', $id)->first();
    }

    public function findMany(array $ids): array
    {
        $found = [];
        foreach ($ids as $id) {
            $found[] = $this->model::where('id', $id)->first();
        }
        return array_filter($found);
    }
}
