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
}
