package com.example.shop.mapper;

import com.example.shop.domain.Order;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface OrderMapper {
    @Select("SELECT id, status, total_cents FROM orders WHERE id = #{id}")
    Order selectById(@Param("id") long id);
}
