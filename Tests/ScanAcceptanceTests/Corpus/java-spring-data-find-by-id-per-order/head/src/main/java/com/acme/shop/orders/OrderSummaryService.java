package com.acme.shop.orders;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.acme.shop.customers.CustomerRepository;

@Service
public class OrderSummaryService {
    private final OrderRepository orderRepository;
    private final CustomerRepository customerRepository;

    public OrderSummaryService(OrderRepository orderRepository, CustomerRepository customerRepository) {
        this.orderRepository = orderRepository;
        this.customerRepository = customerRepository;
    }

    @Transactional(readOnly = true)
    public List<OrderSummary> summaries(long storeId) {
        List<Order> orders = orderRepository.findTop50ByStoreIdOrderByCreatedAtDesc(storeId);
        List<OrderSummary> result = new java.util.ArrayList<>();
        for (Order order : orders) {
            String customerName = customerRepository.findById(order.getCustomerId())
                .map(c -> c.getName())
                .orElse("unknown");
            result.add(new OrderSummary(order.getId(), order.getTotal(), customerName));
        }
        return result;
    }
}
