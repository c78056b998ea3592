package com.example.checkout;

import org.springframework.data.repository.CrudRepository;

interface LineItemRepository extends CrudRepository<LineItem, Long> {
}
