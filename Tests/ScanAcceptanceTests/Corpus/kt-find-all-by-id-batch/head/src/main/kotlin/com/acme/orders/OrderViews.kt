package com.acme.orders

import com.acme.customers.CustomerRepository
import org.springframework.stereotype.Service

data class OrderView(val id: Long, val total: Long, val customer: String)

@Service
class OrderViews(
    private val orders: OrderRepository,
    private val customerRepository: CustomerRepository,
) {
    fun recent(storeId: Long): List<OrderView> {
        val recent = orders.findTop50ByStoreIdOrderByCreatedAtDesc(storeId)
        val customers = customerRepository.findAllById(recent.map { it.customerId }.toSet())
            .associateBy { it.id }
        return recent.map { order ->
            OrderView(order.id, order.total, customers[order.customerId]?.name ?: "unknown")
        }
    }
}
