package com.acme.orders

import com.acme.customers.CustomerRepository
import org.springframework.stereotype.Service

data class OrderView(val id: Long, val total: Long, val customer: String)

@Service
class OrderViews(
    private val orders: OrderRepository,
    private val customerRepository: CustomerRepository,
) {
    fun recent(storeId: Long): List<OrderView> =
        orders.findTop50ByStoreIdOrderByCreatedAtDesc(storeId).map { order ->
            val customer = customerRepository.findById(order.customerId).orElse(null)
            OrderView(order.id, order.total, customer?.name ?: "unknown")
        }
}
