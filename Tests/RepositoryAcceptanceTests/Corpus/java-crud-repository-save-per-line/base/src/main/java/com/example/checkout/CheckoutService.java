package com.example.checkout;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CheckoutService {
    private final LineItemRepository lines;

    CheckoutService(LineItemRepository lines) {
        this.lines = lines;
    }

    @Transactional
    public void place(Long orderId, List<LineItem> items) {
        items.forEach(item -> item.setOrderId(orderId));
        lines.saveAll(items);
    }
}
