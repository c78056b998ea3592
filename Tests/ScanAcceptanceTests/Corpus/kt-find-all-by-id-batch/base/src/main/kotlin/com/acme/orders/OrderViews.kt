package com.acme.orders

import com.acme.customers.CustomerRepository
import org.springframework.stereotype.Service

data class OrderView(val id: Long, val total: Long, val customer: String)

@Service
class OrderViews(
    private val orders: OrderRepository,
    private val customerRepository: CustomerRepository,
)
