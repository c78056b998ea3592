package org.acme.library.domain

import jakarta.persistence.*

@Entity
@Table(name = "series")
class Series(
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    val id: Long = 0,

    var title: String = "",
)
