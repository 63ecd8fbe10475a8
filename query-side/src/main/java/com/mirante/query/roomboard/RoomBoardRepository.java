package com.mirante.query.roomboard;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoomBoardRepository extends JpaRepository<RoomBoardEntry, RoomKey> {

    @Query("select r from RoomBoardEntry r where r.key.hotelId = ?1")
    List<RoomBoardEntry> findByHotel(String hotelId);
}
