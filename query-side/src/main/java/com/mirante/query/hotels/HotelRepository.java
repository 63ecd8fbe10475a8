package com.mirante.query.hotels;

import org.springframework.data.jpa.repository.JpaRepository;

interface HotelRepository extends JpaRepository<HotelEntry, String> {
}
