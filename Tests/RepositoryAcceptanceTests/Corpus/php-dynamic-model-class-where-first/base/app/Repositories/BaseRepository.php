<?php

namespace App\Repositories;

abstract class BaseRepository
{
    protected string $model;

    public function find(int $id)
    {
        return $this->model::where('id', $id)->first();
    }
}
