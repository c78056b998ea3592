package com.example.shop.service;

import com.example.shop.domain.Order;
import com.example.shop.mapper.OrderMapper;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class RefundService {
    private final OrderMapper orderMapper;

    public RefundService(OrderMapper orderMapper) {
        this.orderMapper = orderMapper;
    }

    public long refundable(List<Long> orderIds) {
        long total = 0L;
        for (Long id : orderIds) {
            Order order = orderMapper.selectById(id);
            if (order != null && "PAID".equals(order.getStatus())) {
                total += order.getTotalCents();
            }
        }
        return total;
    }
}
